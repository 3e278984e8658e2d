using Microsoft.AspNetCore.Identity;

namespace Workbench.Features.Accounts;

public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    /// <summary>The name shown next to edits and sign-offs ("who changed it last").</summary>
    [PersonalData]
    public string DisplayName { get; set; } = "";

    /// <summary>A disabled account cannot sign in; its history stays attributed to it.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }
}
