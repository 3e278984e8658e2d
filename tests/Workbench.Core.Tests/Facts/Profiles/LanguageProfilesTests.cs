using Workbench.Core.Facts;
using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Qa;

namespace Workbench.Core.Tests.Facts.Profiles;

public class LanguageProfilesTests
{
    [Theory]
    [InlineData("id", "id")]
    [InlineData("ID", "id")]
    [InlineData("id-ID", "id")]
    [InlineData("id_ID", "id")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("en_US", "en")]
    [InlineData("En", "en")]
    public void Find_KnownCodeOrRegionalForm_ReturnsProfileOfPrimarySubtag(string code, string expected) =>
        LanguageProfiles.Find(code).ShouldNotBeNull().Code.ShouldBe(expected);

    [Theory]
    [InlineData("fr")]
    [InlineData("zh-Hans")]
    [InlineData("ms")]
    [InlineData("eng")]
    [InlineData("ind")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_UnknownOrEmptyCode_ReturnsNull(string? code) =>
        LanguageProfiles.Find(code).ShouldBeNull();

    [Fact]
    public void Profiles_Numbers_IndonesianAndEnglishSeparatorsAreSwapped()
    {
        (LanguageProfiles.Indonesian.DecimalSeparator, LanguageProfiles.Indonesian.GroupSeparator).ShouldBe((',', '.'));
        (LanguageProfiles.English.DecimalSeparator, LanguageProfiles.English.GroupSeparator).ShouldBe(('.', ','));
    }

    [Fact]
    public void Profiles_MonthAndDayNames_ComeFromTheLexicons()
    {
        LanguageProfiles.Indonesian.MonthNames.ShouldBe(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"]);
        LanguageProfiles.English.MonthNames[4].ShouldBe("may");
        LanguageProfiles.Indonesian.DayNames[(int)DayOfWeek.Monday].ShouldBe("senin");
        LanguageProfiles.English.DayNames[(int)DayOfWeek.Sunday].ShouldBe("sunday");
    }

    [Fact]
    public void SupportedList_NamesEveryProfile() =>
        LanguageProfiles.SupportedList.ShouldBe("id (Indonesian), en (English)");

    [Theory]
    [InlineData("id", true)]
    [InlineData("en-GB", true)]
    [InlineData("fr", false)]
    [InlineData("", false)]
    public void FactRecognizerSupports_Language_TrueOnlyWithAProfile(string language, bool expected) =>
        FactRecognizer.Supports(language).ShouldBe(expected);

    [Theory]
    [InlineData("id", "en", true)]
    [InlineData("en", "id", true)]
    [InlineData("id-ID", "en_GB", true)]
    [InlineData("id", "id", true)]
    [InlineData("id", "fr", false)]
    [InlineData("fr", "en", false)]
    [InlineData("ja", "ko", false)]
    public void QaCheckerSupports_Pair_TrueWhenBothLanguagesHaveAProfile(string source, string target, bool expected) =>
        QaChecker.Supports(source, target).ShouldBe(expected);

    [Fact]
    public void Recognize_UnsupportedLanguage_ThrowsNamingTheSupportedOnes()
    {
        var e = Should.Throw<ArgumentException>(() => FactRecognizer.Recognize("Le 3 mars, 10 000 personnes.", "fr"));
        e.ParamName.ShouldBe("lang");
        e.Message.ShouldContain("'fr'");
        e.Message.ShouldContain("id (Indonesian), en (English)");
    }

    [Fact]
    public void Check_UnsupportedTargetLanguage_ThrowsNamingTheParameter() =>
        Should.Throw<ArgumentException>(() => new QaChecker().Check("Tujuh kapal.", "Sept navires.", "id", "fr")).ParamName.ShouldBe("targetLang");

    [Fact]
    public void Recognize_RegionalCode_SameFactsAsPrimaryCode()
    {
        const string text = "Sekitar 10.000 tentara tiba pada 29 Oktober 2024 pukul 14.30 WIB.";
        FactRecognizer.Recognize(text, "id-ID").ShouldBe(FactRecognizer.Recognize(text, "id"));
        FactRecognizer.Recognize(text, LanguageProfiles.Indonesian).ShouldBe(FactRecognizer.Recognize(text, "id"));
    }

    [Fact]
    public void Check_ProfilesOverload_SameFindingsAsCodes()
    {
        var checker = new QaChecker();
        checker.Check("Sekitar 10.000 tentara.", "About 10.000 troops.", LanguageProfiles.Indonesian, LanguageProfiles.English)
            .ShouldBe(checker.Check("Sekitar 10.000 tentara.", "About 10.000 troops.", "id", "en-US"));
    }
}
