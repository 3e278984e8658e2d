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
    /// GETs the page, then posts the named form to its action with the page's antiforgery token, as a
    /// browser does. <paramref name="tokenFrom"/> names another page to take the token from, for a page
    /// (or endpoint) that does not show the form; the post then goes to <paramref name="url"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string url, string formName, IDictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await GetPageAsync(client, tokenFrom ?? url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {tokenFrom ?? url}");
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = TokenRegex().Match(html);
        token.Success.ShouldBeTrue($"no antiforgery token on {tokenFrom ?? url}");
        var target = url;
        if (tokenFrom is null)
        {
            var form = Regex.Match(html, $"<form[^>]*\\saction=\"([^\"]*)\"[^>]*>\\s*<input type=\"hidden\" name=\"_handler\" value=\"{Regex.Escape(formName)}\"");
            form.Success.ShouldBeTrue($"no form named '{formName}' on {url}");
            target = WebUtility.HtmlDecode(form.Groups[1].Value);
        }

        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["_handler"] = formName,
        };
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(target, UriKind.RelativeOrAbsolute), content, TestContext.Current.CancellationToken);
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
