using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workbench.Tests.Infrastructure;

/// <summary>Posts the statically rendered Blazor forms (account pages) the way a browser does.</summary>
public static partial class FormPost
{
    public static HttpClient Client(WorkbenchFactory factory)
        => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>GETs the page for its antiforgery token, then posts the named form.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formName, IDictionary<string, string> fields)
    {
        var page = await client.GetAsync(url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenRegex().Match(html);
        token.Success.ShouldBeTrue($"no antiforgery token on {url}");
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = formName,
        };
        return await client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static async Task SignInAsync(HttpClient client, string email, string password = WorkbenchFactory.Password)
    {
        var response = await SubmitAsync(client, "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
