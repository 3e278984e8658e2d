using System.Globalization;
using Workbench.Core.Facts.Data;
using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Recognition;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// Names are not translated: every word of a source name must appear in the translation as written (case and
/// accents aside, possessive allowed), unless it is an ordinary word (Presiden, Kementerian) or a known exonym
/// (Korea Utara = North Korea). A word missing with a near spelling in the translation (Rutte → Rute) is a
/// misspelling. A name missing altogether is a warning only when its spelling is plainly not Indonesian (Rutte,
/// Singh, Zelensky), since Indonesian institution words (Kehormatan, Merah Putih) are translated and no word list is
/// complete; a lone capitalised word opening a sentence, and an acronym (PDB, IHSG), are never reported missing.
/// Old and new Indonesian spellings (Soeharto, Suharto) are the same name.
/// </summary>
internal static class NameCheck
{
    public static void Run(TokenList s, TokenList t, LanguageProfile sourceLanguage, Exonyms exonyms, List<Fact> sourceFacts, List<QaFinding> findings)
    {
        // Names are split at exonyms only in a language that has them; the table still accounts for names in any source.
        var names = NameScanner.Scan(s, sourceLanguage, sourceLanguage.Exonyms is null ? null : exonyms);

        // English renderings of the source's exonyms (Jawa Timur → East Java): a name word one letter from them
        // (Jasa ~ Java) has been translated with its neighbour, not misspelt.
        List<string>? rendered = null;
        foreach (var name in names)
        {
            if (name.Exonym && exonyms.TryGet(s.Text.AsSpan(s[name.First].Start, s[name.Last].End - s[name.First].Start), out var forms))
            {
                (rendered ??= []).AddRange(forms);
            }
        }

        foreach (var name in names)
        {
            var span = new TextSpan(s[name.First].Start, s[name.Last].End);

            // "Rp", "dolar AS", "Selasa" inside a quantity or date are compared by value, not as names.
            if (sourceFacts.Exists(f => f.Start < span.End && span.Start < f.End))
            {
                continue;
            }
            if (name.Exonym)
            {
                CheckExonym(s, t, name, span, exonyms, findings);
                continue;
            }

            var missing = false;
            for (var k = name.First; k <= name.Last; k++)
            {
                var end = NameScanner.UnitEnd(s, k, name.Last);
                var unit = new TextSpan(s[k].Start, s[end].End);
                var text = s.Text.AsSpan(unit.Start, unit.Length);
                if (s[k].IsCapitalized && !NameScanner.IsGeoGeneric(text) && !Accounted(s, t, k, end, exonyms))
                {
                    if ((NameSpelling.NearMiss(s.Text, t, text, rendered) ?? NameSpelling.Substitute(s, t, name, k, end, rendered)) is { } near)
                    {
                        findings.Add(new QaFinding(QaCodes.NameMisspelled, QaKind.Name, QaSeverity.Error, unit, near,
                            $"Name spelled differently: {ValueText.Quote(s.Text, unit)} appears as {ValueText.Quote(t.Text, near)} in the translation; names are not translated."));
                    }
                    else
                    {
                        // Acronyms are expanded or translated (PDB → GDP, MA → Supreme Court, IHSG → JCI), so a
                        // missing one says nothing; only a misspelt one (above) does.
                        missing |= !s[k].IsAllCaps && NameSpelling.LooksForeign(text);
                    }
                }

                k = end;
            }

            if (missing && !name.SentenceInitial)
            {
                findings.Add(new QaFinding(QaCodes.NameMissing, QaKind.Name, QaSeverity.Warning, span, null,
                    $"Name {ValueText.Quote(s.Text, span)} does not appear in the translation."));
            }
        }
    }

    private static void CheckExonym(TokenList s, TokenList t, NameSpan name, TextSpan span, Exonyms exonyms, List<QaFinding> findings)
    {
        var text = s.Text.AsSpan(span.Start, span.Length);
        exonyms.TryGet(text, out var forms);
        if (Present(t.Text, text) || forms.Any(f => Present(t.Text, f)))
        {
            return;
        }

        for (var k = name.First; k <= name.Last; k++)
        {
            if (s[k].IsWord && !IndonesianVocabulary.Contains(s.Chars(k)))
            {
                findings.Add(new QaFinding(QaCodes.NameMissing, QaKind.Name, QaSeverity.Warning, span, null,
                    $"Name {ValueText.Quote(s.Text, span)} does not appear in the translation (expected {string.Join(" or ", forms.Take(3))})."));
                return;
            }
        }
    }

    /// <summary>The name word is in the translation as written, by its parts (Suk-yeol → Suk Yeol), or by an exonym.</summary>
    private static bool Accounted(TokenList s, TokenList t, int first, int last, Exonyms exonyms)
    {
        var text = s.Text.AsSpan(s[first].Start, s[last].End - s[first].Start);
        if (text.Length < 2 || Present(t.Text, text) || (exonyms.TryGet(text, out var forms) && forms.Any(f => Present(t.Text, f))))
        {
            return true;
        }

        // Demonyms: China → Chinese, Malta → Maltese (other endings are allowed by Present).
        if (text[^1] is 'a' && Present(t.Text, string.Concat(text[..^1], "ese")))
        {
            return true;
        }

        if (first == last)
        {
            return false;
        }

        // Each part as written or by its exonym: Trans-Sumatera → Trans-Sumatra.
        var allParts = true;
        for (var k = first; k <= last && allParts; k += 2)
        {
            var part = s.Chars(k);
            allParts = part.Length < 3 || Present(t.Text, part) || (exonyms.TryGet(part, out var partForms) && partForms.Any(f => Present(t.Text, f)));
        }

        return allParts || Present(t.Text, text.ToString().Replace("-", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>Whole-word, case- and accent-insensitive occurrence; a possessive, plural or demonym ending (Korea → Korean, Israel → Israeli) is allowed.</summary>
    internal static bool Present(string text, ReadOnlySpan<char> word)
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var from = 0;
        while (from < text.Length)
        {
            var rest = text.AsSpan(from);
            var at = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            var length = word.Length;
            if (at < 0 && (!Ascii(word) || !Ascii(rest)))
            {
                at = compare.IndexOf(rest, word, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace, out length);
            }

            if (at < 0)
            {
                return false;
            }

            var start = from + at;
            var end = start + length;
            if ((start == 0 || !char.IsLetterOrDigit(text[start - 1])) && EndsWord(text, end))
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }

    private static bool EndsWord(string text, int end)
    {
        if (end >= text.Length || !char.IsLetterOrDigit(text[end]))
        {
            return true;
        }

        var suffix = text.AsSpan(end);
        if (suffix[0] is '\'' or '’')
        {
            return suffix.Length > 1 && suffix[1] == 's';
        }

        var length = 0;
        while (length < suffix.Length && char.IsLetter(suffix[length]))
        {
            length++;
        }

        return suffix[..length] is "s" or "n" or "ns" or "an" or "ans" or "i" or "is" or "ian" or "ians" or "ese";
    }

    private static bool Ascii(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange((char)0, (char)127);
}
