using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class QuantityEdgeRecognitionTests
{
    [Theory]
    [InlineData("The convoy crossed an 800-meter bridge.", "800-meter", 800, "m")]
    [InlineData("A 12-kilometer queue formed at the border.", "12-kilometer", 12, "km")]
    [InlineData("The 5-ton truck overturned.", "5-ton", 5, "t")]
    public void Recognize_EnglishHyphenatedUnitAdjective_HasUnit(string text, string span, decimal value, string unit)
    {
        var fact = Recognize.Numbers(text, "en").ShouldHaveSingleItem();
        (fact.GetText(text), fact.Value.Number, fact.Unit).ShouldBe((span, value, unit));
    }

    [Theory]
    [InlineData("Sales rose in the third quarter.")]
    [InlineData("The company lost $3 billion in the quarter.")]
    [InlineData("Indonesia reached the quarter-finals.")]
    [InlineData("Growth slowed in the second half of the year.")]
    public void Recognize_EnglishQuarterOrHalfAsPeriod_IsNotQuantity(string text) =>
        Recognize.Numbers(text, "en").Where(f => f.Value.Number < 1).ShouldBeEmpty();

    [Theory]
    [InlineData("A quarter of the population is poor.", 0.25)]
    [InlineData("Half the troops left.", 0.5)]
    public void Recognize_EnglishFraction_IsQuantity(string text, decimal value) =>
        Recognize.Number(text, "en").ShouldBe(value);

    [Theory]
    [InlineData("Singh told reporters, \"No one was hurt.\"")]
    [InlineData("No one has claimed responsibility.")]
    public void Recognize_EnglishNoOne_IsNotQuantity(string text) =>
        Recognize.Numbers(text, "en").ShouldBeEmpty();

    [Theory]
    [InlineData("id", "Rapat ditutup jam 10 malam.", "jam 10 malam", "22:00", null)]
    [InlineData("id", "Kapal tiba pukul 7.30 pagi.", "pukul 7.30 pagi", "07:30", null)]
    [InlineData("en", "The strike came at 9 a.m. ET on Tuesday.", "9 a.m. ET", "09:00", "ET")]
    [InlineData("en", "Talks start at 14:32 CET.", "14:32 CET", "14:32", "CET")]
    public void Recognize_TimeAtSentenceEndOrWithZone_SpanAndValue(string lang, string text, string span, string value, string? zone)
    {
        var fact = Recognize.Single(text, lang, FactKind.Time);
        (fact.GetText(text), fact.Value.ToString(), fact.Unit).ShouldBe((span, value, zone));
    }

    [Theory]
    [InlineData("Prices rose from 3,000 to 5,000 rupiah.", "3,000", "5,000 rupiah")]
    [InlineData("The toll climbed sharply from 12 to 40 overnight.", "12", "40")]
    public void Recognize_EnglishFromToAfterChange_IsTwoValues(string text, string first, string second) =>
        Recognize.Numbers(text, "en").Select(f => f.GetText(text)).ShouldBe([first, second]);

    [Theory]
    [InlineData("Estimates ranged from 3,000 to 5,000 people.", "from 3,000 to 5,000")]
    [InlineData("Between 3,000 and 5,000 people fled.", "Between 3,000 and 5,000")]
    public void Recognize_EnglishRange_IsOneRange(string text, string span)
    {
        var fact = Recognize.Numbers(text, "en").ShouldHaveSingleItem();
        (fact.GetText(text), fact.Value.Max).ShouldBe((span.Replace("from ", string.Empty, StringComparison.Ordinal), 5000m));
    }

    [Theory]
    [InlineData("id", "Ia lahir pada 5 Mei.", "5 Mei", "--05-05")]
    [InlineData("id", "Rapat 29 Okt. 2024 ditunda.", "29 Okt. 2024", "2024-10-29")]
    [InlineData("en", "He was born on 5 May.", "5 May", "--05-05")]
    public void Recognize_DateAtSentenceEnd_ExcludesFullStop(string lang, string text, string span, string value)
    {
        var fact = Recognize.Single(text, lang, FactKind.Date);
        (fact.GetText(text), fact.Value.ToString()).ShouldBe((span, value));
    }

    [Theory]
    [InlineData("id", "Pada Mei lalu, 40 orang tewas.", "Mei", "--05")]
    [InlineData("en", "Talks resume in October.", "October", "--10")]
    public void Recognize_MonthWithoutYear_IsoMonthValue(string lang, string text, string span, string value)
    {
        var fact = Recognize.Single(text, lang, FactKind.Date);
        (fact.GetText(text), fact.Value.Date.ToIsoString()).ShouldBe((span, value));
    }
}
