using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

/// <summary>Shorthands for asserting on recognized facts.</summary>
internal static class Recognize
{
    public static Fact Single(string text, string lang, FactKind kind)
    {
        var facts = FactRecognizer.Recognize(text, lang).Where(f => f.Kind == kind).ToList();
        facts.Count.ShouldBe(1, $"facts of kind {kind} in \"{text}\": {string.Join(", ", facts.Select(f => f.GetText(text)))}");
        return facts[0];
    }

    public static List<Fact> Numbers(string text, string lang) =>
        FactRecognizer.Recognize(text, lang).Where(f => f.Kind is FactKind.Quantity or FactKind.Money or FactKind.Percent).ToList();

    public static decimal Number(string text, string lang)
    {
        var numbers = Numbers(text, lang);
        numbers.Count.ShouldBe(1, $"numbers in \"{text}\": {string.Join(", ", numbers.Select(f => f.GetText(text)))}");
        return numbers[0].Value.Number;
    }
}
