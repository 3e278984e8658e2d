using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workbench.Tests.Infrastructure;

/// <summary>Posts the statically rendered Blazor forms (account pages) the way a browser does.</summary>
public static partial class FormPost
{
    public static HttpClient Client(WorkbenchFactory factory)
        => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser navigation: GET with Accept: text/html.</summary>
    public static async Task<HttpResponseMessage> GetPageAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<string> HtmlAsync(this HttpResponseMessage response)
        => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>
    /// GETs the page for its antiforgery token, then posts the named form. <paramref name="tokenFrom"/>
    /// names another page to take the token from, for a page that no longer shows its form.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string url, string formName, IDictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await GetPageAsync(client, tokenFrom ?? url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {tokenFrom ?? url}");
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = TokenRegex().Match(html);
        token.Success.ShouldBeTrue($"no antiforgery token on {tokenFrom ?? url}");
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = formName,
        };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(url, content, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password)
        => SubmitAsync(client, "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static async Task SignInAsync(HttpClient client, string email, string password = WorkbenchFactory.Password)
    {
        var response = await LoginAsync(client, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.HtmlAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
