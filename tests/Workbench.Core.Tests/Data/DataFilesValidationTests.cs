using System.Globalization;
using System.Text;
using Workbench.Core.Data;
using Workbench.Core.Facts.Profiles;

namespace Workbench.Core.Tests.Data;

/// <summary>
/// The validation of the language data files (src/Workbench.Core/Data/**/*.tsv): every embedded file is read as a
/// linguist wrote it and each problem is reported with its file and line. Run it alone with
/// <c>dotnet test --project tests/Workbench.Core.Tests -- --filter-class "*DataFilesValidationTests*"</c>.
/// </summary>
public class DataFilesValidationTests
{
    /// <summary>Punctuation the lists legitimately hold: hyphenated words, exonym alternatives, U.S., jum'at, %, °, $.</summary>
    private const string AllowedPunctuation = "-|.'’$%°/&";

    /// <summary>The values a "kind" or "role" column may take, by file name; a typo would silently drop the word.</summary>
    private static readonly Dictionary<string, string[]> Categories = new(StringComparer.Ordinal)
    {
        ["negation.tsv"] = ["core", "loose", "litotes", "opposition", "keep", "not-negative-prefix"],
        ["attribution.tsv"] = ["speaker-after", "speaker-before", "speaker-stop", "auxiliary", "title", "connector", "pronoun", "source-verb",
            "data-noun", "report-verb", "passive-speech", "outlet-kind", "cue"],
        ["qualifier-phrases.tsv"] = ["above", "below", "approximate", "none", "between"],
        ["affixes.tsv"] = ["suffix", "prefix", "prefix-with-kan", "prefix-with-i", "prefix-with-an"],
    };

    public static TheoryData<string> Files() => [.. DataFiles.Names];

    [Fact]
    public void Names_EveryTsvInTheSourceTree_IsEmbedded()
    {
        var folder = Path.GetDirectoryName(TestFiles.Find(Path.Combine("src", "Workbench.Core", "Data", "README.md")))!;
        var onDisk = Directory.EnumerateFiles(folder, "*.tsv", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        onDisk.ShouldNotBeEmpty();
        DataFiles.Names.ShouldBe(onDisk);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void DataFile_EveryLine_IsWellFormedUniqueAndLatin(string name)
    {
        var problems = Validate(name, DataFiles.ReadText(name));
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Fact]
    public void Validate_BadLines_AreEachReported()
    {
        // The validator itself must catch what it promises: a test that cannot fail proves nothing.
        const string text = "#! comment\nword\tkind\nbaik\tcore\n baik\tcore\nbaik  sekali\tcore\nBAIK\tcore\nkоta\tcore\n\tcore\nsatu\nbaik\tcor\n";
        var problems = Validate("id/negation.tsv", text);
        problems.ShouldContain(p => p.Contains("line 4") && p.Contains("leading or trailing"));
        problems.ShouldContain(p => p.Contains("line 5") && p.Contains("double space"));
        problems.ShouldContain(p => p.Contains("line 6") && p.Contains("duplicate of line 3"));
        problems.ShouldContain(p => p.Contains("line 7") && p.Contains("U+043E"));
        problems.ShouldContain(p => p.Contains("line 8") && p.Contains("empty cell"));
        problems.ShouldContain(p => p.Contains("line 9") && p.Contains("1 cells"));
        problems.ShouldContain(p => p.Contains("line 10") && p.Contains("'cor'"));
    }

    [Fact]
    public void Profiles_EveryList_Loads()
    {
        foreach (var profile in LanguageProfiles.All)
        {
            profile.MonthNames.Count.ShouldBe(12, profile.Code);
            profile.DayNames.Count.ShouldBe(7, profile.Code);
            profile.CommonWords.ShouldNotBeEmpty(profile.Code);
            profile.QualifierPhrases.ShouldNotBeEmpty(profile.Code);
            profile.Negation.Core.Set.ShouldNotBeEmpty(profile.Code);
        }

        LanguageProfiles.Indonesian.Exonyms.ShouldNotBeNull().TryGet("Korea Utara", out var forms).ShouldBeTrue();
        forms.ShouldContain("North Korea");
    }

    /// <summary>Every problem of one file's text, as "file, line n: what".</summary>
    internal static List<string> Validate(string name, string text)
    {
        var problems = new List<string>();
        string[]? header = null;
        var caseSensitive = false;
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] keyColumns = [];
        var categoryColumn = -1;
        var lines = text.Split('\n');
        for (var n = 1; n <= lines.Length; n++)
        {
            var line = lines[n - 1].TrimEnd('\r');
            void Problem(string what) => problems.Add($"{name}, line {n}: {what}");
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                caseSensitive |= line[2..].Trim() == "case-sensitive";
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                if (cells.Any(c => c.Length == 0 || c != c.Trim()) || cells.Distinct(StringComparer.Ordinal).Count() != cells.Length)
                {
                    Problem("the header must name each column once, without spaces around the names");
                }

                // A line's key: its first column, with the role or kind column when there is one (a word may have several roles).
                keyColumns = [0, .. Enumerable.Range(1, cells.Length - 1).Where(c => cells[c] is "role" or "kind")];
                categoryColumn = Array.FindIndex(cells, c => c is "kind" or "role" or "direction");
                continue;
            }

            if (cells.Length != header.Length)
            {
                Problem($"{cells.Length} cells where the header names {header.Length} ({string.Join(", ", header)}); cells are separated by one tab");
                continue;
            }

            for (var c = 0; c < cells.Length; c++)
            {
                CheckCell(cells[c], header[c], Problem);
            }

            if (categoryColumn >= 0 && Categories.TryGetValue(Path.GetFileName(name), out var allowed) && !allowed.Contains(cells[categoryColumn]))
            {
                Problem($"'{cells[categoryColumn]}' is not a known {header[categoryColumn]} (one of: {string.Join(", ", allowed)})");
            }

            var key = string.Join("\t", keyColumns.Select(c => caseSensitive ? cells[c] : cells[c].ToLowerInvariant()));
            if (keys.TryGetValue(key, out var first))
            {
                Problem($"'{string.Join(" / ", keyColumns.Select(c => cells[c]))}' is a duplicate of line {first}{(caseSensitive ? string.Empty : " (ignoring case)")}");
            }
            else
            {
                keys[key] = n;
            }
        }

        if (header is null)
        {
            problems.Add($"{name}: no header line");
        }

        return problems;
    }

    private static void CheckCell(string cell, string column, Action<string> problem)
    {
        if (cell.Length == 0)
        {
            problem($"empty cell in column '{column}'");
            return;
        }

        if (cell != cell.Trim())
        {
            problem($"leading or trailing whitespace in '{cell}'");
        }

        if (cell.Contains("  ", StringComparison.Ordinal))
        {
            problem($"double space in '{cell}'");
        }

        foreach (var rune in cell.EnumerateRunes())
        {
            if (!IsAllowed(rune))
            {
                problem($"'{cell}' holds {Describe(rune)}, which is not a Latin letter, digit or allowed punctuation ({AllowedPunctuation}): a look-alike from another script?");
                break;
            }
        }
    }

    /// <summary>Latin letters (with the diacritics of Latin-script languages: é, ü, ô, ş), digits, a plain space and a little punctuation.</summary>
    private static bool IsAllowed(Rune rune) =>
        Rune.IsDigit(rune) && rune.IsAscii
        || rune.Value == ' '
        || (rune.IsBmp && AllowedPunctuation.Contains((char)rune.Value, StringComparison.Ordinal))
        || (Rune.IsLetter(rune) && (rune.IsAscii || rune.Value is >= 0x00C0 and <= 0x024F and not 0x00D7 and not 0x00F7 || rune.Value is >= 0x1E00 and <= 0x1EFF));

    private static string Describe(Rune rune) =>
        string.Create(CultureInfo.InvariantCulture, $"'{rune}' (U+{rune.Value:X4}, {Rune.GetUnicodeCategory(rune)})");
}
