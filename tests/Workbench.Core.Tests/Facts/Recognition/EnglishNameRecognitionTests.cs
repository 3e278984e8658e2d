using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class EnglishNameRecognitionTests
{
    private static List<string> Names(string text) =>
        FactRecognizer.Recognize(text, "en").Where(f => f.Kind == FactKind.Name).Select(f => f.GetText(text)).ToList();

    [Theory]
    [InlineData("Coordinating Economic Affairs Minister Airlangga Hartarto said growth was solid.", new[] { "Airlangga Hartarto" })]
    [InlineData("Former Trade Minister Mari Pangestu spoke in Jakarta.", new[] { "Mari Pangestu", "Jakarta" })]
    [InlineData("Deputy Health Minister Dante Saksono said the outbreak eased.", new[] { "Dante Saksono" })]
    public void Recognize_EnglishTitleBeforeName_TitleIsNotName(string text, string[] names) =>
        Names(text).ShouldBe(names);

    [Theory]
    [InlineData("Annual U.S. inflation slowed.", new[] { "U.S." })]
    [InlineData("The U.N. Security Council met in New York.", new[] { "U.N.", "New York" })]
    [InlineData("U.N. Secretary-General António Guterres met B.J. Habibie's son.", new[] { "U.N.", "António Guterres", "B.J. Habibie's" })]
    [InlineData("U.S. President-elect Donald Trump spoke.", new[] { "U.S.", "Donald Trump" })]
    public void Recognize_EnglishDottedAbbreviation_IsOneName(string text, string[] names) =>
        Names(text).ShouldBe(names);

    [Theory]
    [InlineData("Talks were held in New York and South Korea.", new[] { "New York", "South Korea" })]
    [InlineData("The United States and Great Britain agreed.", new[] { "United States", "Great Britain" })]
    [InlineData("It lies in West Java, said North Jakarta Mayor Ali Maulana.", new[] { "West Java", "North Jakarta", "Ali Maulana" })]
    public void Recognize_EnglishPlaceWithCompassOrNew_IsWholeName(string text, string[] names) =>
        Names(text).ShouldBe(names);
}
