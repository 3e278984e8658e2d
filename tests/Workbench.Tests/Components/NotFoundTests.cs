using System.Net;
using Workbench.Features.Accounts;
using Workbench.Tests.Infrastructure;

namespace Workbench.Tests.Components;

public class NotFoundTests(WorkbenchFactory factory) : IClassFixture<WorkbenchFactory>
{
    [Fact]
    public async Task Get_UnknownPage_Returns404WithNotFoundPage()
    {
        var (user, _) = await factory.CreateActorAsync(Roles.Translator);
        using var client = FormPost.Client(factory);
        await FormPost.SignInAsync(client, user.Email!);

        var response = await FormPost.GetPageAsync(client, "/no/such/page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.HtmlAsync()).ShouldContain("There is nothing at this address.");
    }
}
