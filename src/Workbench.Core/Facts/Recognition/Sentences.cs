using System.Collections.Frozen;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>A sentence as a range of tokens, First..Last inclusive.</summary>
internal readonly record struct Sentence(int First, int Last);

/// <summary>
/// Splits tokens into sentences at . ? ! followed by a capital, an opening quote or a new line, keeping closing quotes
/// and brackets with the sentence they close, and not splitting after abbreviations (Jl., No., Oct., p.m.).
/// </summary>
internal static class Sentences
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        Workbench.Core.Data.DataFiles.Words("common/sentence-abbreviations.tsv", "abbreviation").GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Sentence> Split(TokenList t)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var k = 0; k < t.Count; k++)
        {
            if (k > first && t[k].NewlineBefore)
            {
                sentences.Add(new Sentence(first, k - 1));
                first = k;
            }

            if (t[k].Kind != TokenKind.Symbol || t.Text[t[k].Start] is not ('.' or '?' or '!' or '…'))
            {
                continue;
            }

            var end = k;
            while (end + 1 < t.Count && t.Adjacent(end + 1) && t[end + 1].Kind == TokenKind.Symbol && t.Text[t[end + 1].Start] is '"' or '”' or '’' or ')' or '\'')
            {
                end++;
            }

            if (IsAbbreviation(t, k) || (end + 1 < t.Count && !StartsSentence(t, end + 1)))
            {
                continue;
            }

            sentences.Add(new Sentence(first, end));
            first = end + 1;
            k = end;
        }

        if (first < t.Count)
        {
            sentences.Add(new Sentence(first, t.Count - 1));
        }

        return sentences;
    }

    private static bool StartsSentence(TokenList t, int k)
    {
        var token = t[k];
        return token.SpaceBefore && (token.IsCapitalized || token.IsNumber || token.NewlineBefore
            || (token.Kind == TokenKind.Symbol && t.Text[token.Start] is '"' or '“' or '‘' or '('));
    }

    private static bool IsAbbreviation(TokenList t, int dot) =>
        dot > 0 && t.Text[t[dot].Start] == '.' && t[dot - 1].IsWord && t.Adjacent(dot) && Abbreviations.Contains(t.Chars(dot - 1));
}
