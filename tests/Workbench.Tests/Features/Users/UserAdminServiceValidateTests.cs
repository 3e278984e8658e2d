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
        => UserAdminService.Validate(Valid with { DisplayName = name }).ShouldBe(["Enter a name of at most 100 characters."]);

    [Fact]
    public void Validate_NameOverMaximum_AsksForShorterName()
        => UserAdminService.Validate(Valid with { DisplayName = new string('n', ApplicationUser.DisplayNameMaxLength + 1) })
            .ShouldBe(["Enter a name of at most 100 characters."]);

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

    [Theory]
    [InlineData(0)]
    [InlineData(129)]
    public void Validate_PasswordEmptyOrTooLong_IsRefused(int length)
        => UserAdminService.Validate(Valid with { Password = new string('p', length) }).ShouldBe(["Enter a password of at most 128 characters."]);

    [Fact]
    public void Validate_EverythingWrong_ReportsEveryProblem()
        => UserAdminService.Validate(new NewUser("", "x", "", [])).Count.ShouldBe(4);
}
