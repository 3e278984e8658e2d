using Workbench.Features.Accounts;
using Workbench.Features.Users;

namespace Workbench.Tests.Features.Users;

public class UserAdminServiceValidateTests
{
    private static NewUser Valid => new("Tari", "tari@example.com", "long enough password", [Roles.Translator]);

    [Fact]
    public void Validate_ValidRequest_HasNoErrors()
        => UserAdminService.Validate(Valid).ShouldBeEmpty();

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_BlankName_AsksForName(string name)
        => UserAdminService.Validate(Valid with { DisplayName = name }).ShouldBe(["Enter a name."]);

    [Fact]
    public void Validate_NameOverMaximum_AsksForShorterName()
        => UserAdminService.Validate(Valid with { DisplayName = new string('n', ApplicationUser.DisplayNameMaxLength + 1) })
            .ShouldBe(["The name can be at most 100 characters long."]);

    [Theory]
    [InlineData("")]
    [InlineData("not-an-email")]
    public void Validate_BadEmail_AsksForValidEmail(string email)
        => UserAdminService.Validate(Valid with { Email = email }).ShouldBe(["Enter a valid email address."]);

    [Fact]
    public void Validate_EmailOverMaximum_AsksForValidEmail()
        => UserAdminService.Validate(Valid with { Email = new string('a', 250) + "@example.com" }).ShouldBe(["Enter a valid email address."]);

    [Fact]
    public void Validate_NoRole_AsksForRole()
        => UserAdminService.Validate(Valid with { Roles = [] }).ShouldBe(["Choose at least one role."]);

    [Fact]
    public void Validate_UnknownRole_IsRefused()
        => UserAdminService.Validate(Valid with { Roles = [Roles.Translator, "Superuser"] }).ShouldBe(["Unknown role."]);

    [Fact]
    public void Validate_EveryKnownRole_IsAccepted()
        => UserAdminService.Validate(Valid with { Roles = [.. Roles.All] }).ShouldBeEmpty();

    [Fact]
    public void Validate_EmptyPassword_AsksForPassword()
        => UserAdminService.Validate(Valid with { Password = "" }).ShouldBe(["Enter a password."]);

    [Fact]
    public void Validate_PasswordTooLong_ReportsMaximum()
        => UserAdminService.Validate(Valid with { Password = new string('p', 129) }).ShouldBe(["The password can be at most 128 characters long."]);

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryProblem()
        => UserAdminService.Validate(new NewUser("", "x", "", [])).Count.ShouldBe(4);
}
