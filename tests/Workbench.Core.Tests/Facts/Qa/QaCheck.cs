using Workbench.Core.Facts.Qa;

namespace Workbench.Core.Tests.Facts.Qa;

/// <summary>Shorthands for the QA check tests: one checker with the default options, and the codes it reports.</summary>
internal static class QaCheck
{
    public static QaChecker Checker { get; } = new();

    public static List<string> Codes(string source, string target) => Checker.Check(source, target).Select(f => f.Code).ToList();
}
