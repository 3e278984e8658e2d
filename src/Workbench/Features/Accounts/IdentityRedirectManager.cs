using Microsoft.AspNetCore.Components;

namespace Workbench.Features.Accounts;

/// <summary>Redirects from the statically rendered account pages, refusing open redirects.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal)
            || uri.StartsWith("/\\", StringComparison.Ordinal))
        {
            // Never leave the site: an absolute or protocol-relative return URL goes home instead.
            uri = "/";
        }

        navigationManager.NavigateTo(uri);
    }
}
