using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class AttributionRecognitionTests
{
    private const string Article =
        "Sebagian dari 10.000 tentara itu telah bergerak mendekati perbatasan, kata juru bicara Pentagon Sabrina Singh.\n" +
        "“Mereka telah bergerak mendekati Ukraina,” ucapnya kepada awak media, seperti dilansir dari Al Jazeera, Selasa, 29 Oktober 2024.\n" +
        "\"Kerja sama militer ini berbahaya,\" tutur Rutte kepada wartawan.";

    [Fact]
    public void Recognize_Quotes_FindsCurlyAndStraightQuotes()
    {
        var quotes = FactRecognizer.Recognize(Article, "id").Where(f => f.Kind == FactKind.Quote).Select(f => f.GetText(Article)).ToList();
        quotes.ShouldBe(["“Mereka telah bergerak mendekati Ukraina,”", "\"Kerja sama militer ini berbahaya,\""]);
    }

    [Fact]
    public void Recognize_QuoteWithNyaVerb_ResolvesToPreviousSpeaker() =>
        FactRecognizer.Recognize(Article, "id").First(f => f.Kind == FactKind.Quote).Claimant.ShouldBe("juru bicara Pentagon Sabrina Singh");

    [Fact]
    public void Recognize_QuoteWithSpeakerAfter_TakesSpeakerUpToStopWord() =>
        FactRecognizer.Recognize(Article, "id").Last(f => f.Kind == FactKind.Quote).Claimant.ShouldBe("Rutte");

    [Fact]
    public void Recognize_QuantityInAttributedSentence_HasClaimant() =>
        Recognize.Numbers(Article, "id").ShouldHaveSingleItem().Claimant.ShouldBe("juru bicara Pentagon Sabrina Singh");

    [Theory]
    [InlineData("Presiden Yoon Suk-yeol mengatakan, “Kami siap.”", "Presiden Yoon Suk-yeol")]
    [InlineData("Namun Rutte telah mengatakan bahwa “ini berbahaya.”", "Rutte")]
    [InlineData("Menurut Kapolda, “situasi aman.”", "Kapolda")]
    public void Recognize_SpeakerBeforeQuote_IsClaimant(string text, string claimant) =>
        Recognize.Single(text, "id", FactKind.Quote).Claimant.ShouldBe(claimant);

    [Theory]
    [InlineData("“We will not retreat,” Zelensky said.", "Zelensky")]
    [InlineData("“We will not retreat,” said Pentagon spokeswoman Sabrina Singh.", "Pentagon spokeswoman Sabrina Singh")]
    public void Recognize_EnglishAttribution_IsClaimant(string text, string claimant) =>
        Recognize.Single(text, "en", FactKind.Quote).Claimant.ShouldBe(claimant);

    [Theory]
    [InlineData("Hal itu terjadi, seperti dilansir dari Al Jazeera, kemarin.", "seperti dilansir dari Al Jazeera", "Al Jazeera")]
    [InlineData("Harga naik, mengutip Reuters.", "mengutip Reuters", "Reuters")]
    [InlineData("Angka itu naik menurut data kementerian.", "menurut data kementerian", "data kementerian")]
    public void Recognize_CitedSource_SpanAndName(string text, string span, string name)
    {
        var fact = Recognize.Single(text, "id", FactKind.Source);
        (fact.GetText(text), fact.Value.Text).ShouldBe((span, name));
    }

    [Fact]
    public void Recognize_Names_SkipsTitlesAndCommonWords()
    {
        const string text = "Sekretaris Jenderal NATO Mark Rutte bertemu Presiden Korea Selatan di Oblast Kursk. Pengumuman itu disampaikan Selasa.";
        var names = FactRecognizer.Recognize(text, "id").Where(f => f.Kind == FactKind.Name).Select(f => f.GetText(text)).ToList();
        names.ShouldBe(["NATO", "Mark Rutte", "Korea Selatan", "Oblast Kursk"]);
    }

    [Fact]
    public void Recognize_InstitutionBeforePerson_SplitsNames()
    {
        const string text = "Hal itu disampaikan juru bicara Pentagon Sabrina Singh kepada wartawan.";
        FactRecognizer.Recognize(text, "id").Where(f => f.Kind == FactKind.Name).Select(f => f.GetText(text)).ShouldBe(["Pentagon", "Sabrina Singh"]);
    }

    [Fact]
    public void Recognize_Unsupported_Language_Throws() =>
        Should.Throw<ArgumentException>(() => FactRecognizer.Recognize("x", "fr"));
}
