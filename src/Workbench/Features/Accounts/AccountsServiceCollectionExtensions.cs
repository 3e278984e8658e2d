using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Workbench.Data;

namespace Workbench.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountOptions>()
            .Bind(builder.Configuration.GetSection(AccountOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<ApplicationUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<WorkbenchDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<WorkbenchClaimsPrincipalFactory>();
        services.AddScoped<IUserConfirmation<ApplicationUser>, DisabledAccountConfirmation>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identity, accounts) =>
        {
            var a = accounts.Value;
            identity.SignIn.RequireConfirmedAccount = true; // answered by DisabledAccountConfirmation
            identity.User.RequireUniqueEmail = true;
            identity.Lockout.AllowedForNewUsers = true;
            identity.Lockout.MaxFailedAccessAttempts = a.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(a.LockoutMinutes);
            // Length over composition rules (NIST SP 800-63B): a long passphrase is the policy.
            identity.Password.RequiredLength = a.MinPasswordLength;
            identity.Password.RequireNonAlphanumeric = false;
            identity.Password.RequireUppercase = false;
            identity.Password.RequireLowercase = false;
            identity.Password.RequireDigit = false;
        });
        // A disabled account or a reset password rotates the security stamp; check it often.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Workbench.Auth";
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.ManageUsers, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.EditTranslations, p => p.RequireRole(Policies.EditTranslationRoles))
            .AddPolicy(Policies.RunMachineTranslation, p => p.RequireRole(Policies.RunMachineTranslationRoles));

        services.AddSingleton<FirstRunState>();
        services.AddScoped<FirstAdminSetup>();
        return builder;
    }

    public static WebApplication MapAccounts(this WebApplication app)
    {
        app.MapPost("/Account/Logout", async (SignInManager<ApplicationUser> signInManager) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    /// <summary>
    /// On a database with no users every page request goes to the one-time setup page. Only HTML
    /// GETs are redirected: static assets and the Blazor connection are left alone.
    /// </summary>
    public static WebApplication UseFirstRunSetup(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsGet(request.Method)
                && !request.Path.StartsWithSegments(FirstAdminSetup.Path, StringComparison.OrdinalIgnoreCase)
                && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
                && !await context.RequestServices.GetRequiredService<FirstRunState>().HasUsersAsync(context.RequestAborted))
            {
                context.Response.Redirect(FirstAdminSetup.Path);
                return;
            }

            await next(context);
        });
        return app;
    }
}
