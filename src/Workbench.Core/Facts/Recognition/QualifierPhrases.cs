using Workbench.Core.Data;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>
/// Multi-word qualifiers in front of a quantity (Data/&lt;lang&gt;/qualifier-phrases.tsv); single words (sekitar, about)
/// are in the lexicons. "sebanyak", "as many as" only introduce a number: they are consumed but state no bound.
/// </summary>
internal static class QualifierPhrases
{
    internal sealed record Phrase(string[] Words, string? Qualifier, QualifierDirection Direction, bool Between = false);

    /// <summary>The phrases of Data/&lt;code&gt;/qualifier-phrases.tsv; a hyphen in a phrase is a word of its own, as the lexer cuts it.</summary>
    public static Phrase[] Load(string code)
    {
        var table = DataFiles.Load($"{code}/qualifier-phrases.tsv");
        int phrase = table.Column("phrase"), qualifier = table.Column("qualifier"), direction = table.Column("direction");
        return table.Rows.Select(row =>
        {
            var words = row[phrase].Split(' ').SelectMany(Hyphenated).ToArray();
            var between = row[direction] == "between";
            var bound = between ? QualifierDirection.None : Enum.Parse<QualifierDirection>(row[direction], ignoreCase: true);
            return new Phrase(words, row[qualifier] == "-" ? null : row[qualifier], bound, between);
        }).ToArray();

        static IEnumerable<string> Hyphenated(string word)
        {
            var parts = word.Split('-');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0)
                {
                    yield return "-";
                }

                yield return parts[p];
            }
        }
    }

    /// <summary>First words of the phrases, marked in the lexicons so the scanner only stops on them.</summary>
    public static void MarkStarts(Lexicon.Builder builder, Phrase[] phrases)
    {
        foreach (var phrase in phrases)
        {
            builder.Set(phrase.Words[0], w => w.QualifierStart = true);
        }
    }
}
