using System.ComponentModel.DataAnnotations;

namespace Workbench.Features.Accounts;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    [Range(3, 20)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    [Range(8, 128)]
    public int MinPasswordLength { get; set; } = 10;
}
