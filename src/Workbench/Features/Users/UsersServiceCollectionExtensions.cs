namespace Workbench.Features.Users;

public static class UsersServiceCollectionExtensions
{
    public static WebApplicationBuilder AddUsers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<UserAdminService>();
        return builder;
    }
}
