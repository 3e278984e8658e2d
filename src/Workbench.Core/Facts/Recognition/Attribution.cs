using System.Buffers;
using System.Collections.Frozen;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>
/// Finds who each sentence attributes its statement to ("…," kata juru bicara Pentagon Sabrina Singh; Rutte mengatakan;
/// menurut X; ", said Singh"), resolving "ucapnya" / "he said" to the last named speaker, and the outlets or data a
/// sentence cites (seperti dilansir dari Al Jazeera, mengutip Reuters, menurut data kementerian).
/// </summary>
internal sealed class Attribution
{
    private const int MaxPhrase = 10;
    private const AttributionRole SpeakerCues = AttributionRole.SpeakerAfter | AttributionRole.SpeakerAfterNya | AttributionRole.SpeakerBefore
        | AttributionRole.PassiveSpeech | AttributionRole.Cue;

    private const AttributionRole SourceCues = AttributionRole.ReportVerb | AttributionRole.SourceVerb | AttributionRole.Cue;
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Outlets = AttributionWords.Outlets.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly TokenList t;
    private readonly Lexicon lex;

    /// <summary>
    /// The trigger roles (<see cref="AttributionWords.Triggers"/>) of each token, looked up once per token for the whole
    /// scan (pooled; valid during <see cref="Scan"/>).
    /// </summary>
    private AttributionRole[] roles = [];

    public Attribution(TokenList tokens, Lexicon lexicon)
    {
        t = tokens;
        lex = lexicon;
    }

    /// <summary>The claimant of each sentence (null when the sentence attributes nothing); adds source facts.</summary>
    public string?[] Scan(List<Sentence> sentences, List<Fact> facts)
    {
        roles = ArrayPool<AttributionRole>.Shared.Rent(t.Count);
        try
        {
            ClassifyWords();
            var claimants = new string?[sentences.Count];
            string? last = null;
            for (var s = 0; s < sentences.Count; s++)
            {
                var (claimant, pronoun) = FindSpeaker(sentences[s]);
                claimants[s] = pronoun ? last : claimant;
                last = claimant ?? last;
                FindSources(sentences[s], facts);
            }

            return claimants;
        }
        finally
        {
            ArrayPool<AttributionRole>.Shared.Return(roles);
            roles = [];
        }
    }

    /// <summary>
    /// At most one table lookup per word instead of one per list at every word of every sentence: the speaker and
    /// source scans both walk all words, and most words are no verb of speech or citation.
    /// </summary>
    private void ClassifyWords()
    {
        for (var k = 0; k < t.Count; k++)
        {
            if (!t[k].IsWord)
            {
                roles[k] = AttributionRole.None;
                continue;
            }

            var word = t.Chars(k);
            var role = AttributionWords.MayTrigger(word) && AttributionWords.Roles.TryGetValue(word, out var found)
                ? found & AttributionWords.Triggers
                : AttributionRole.None;
            if (word.Length > 5 && word.EndsWith("nya", StringComparison.OrdinalIgnoreCase) && AttributionWords.SpeakerAfterLookup.Contains(word[..^3]))
            {
                role |= AttributionRole.SpeakerAfterNya;
            }

            roles[k] = role;
        }
    }

    private (string? Claimant, bool Pronoun) FindSpeaker(Sentence sentence)
    {
        for (var k = sentence.First; k <= sentence.Last; k++)
        {
            // Every test below starts from a verb of speech or a cue word; the rest of the sentence is passed over.
            if (!Has(k, SpeakerCues))
            {
                continue;
            }

            var word = t.Chars(k);
            if (word.Equals("menurut", StringComparison.OrdinalIgnoreCase) || (t.WordIs(k, "according") && t.WordIs(k + 1, "to")))
            {
                var from = word.Length == 7 ? k + 1 : k + 2;
                if (!IsIn(AttributionRole.DataNoun, from))
                {
                    return Speaker(From(from, sentence.Last));
                }
            }

            if (Has(k, AttributionRole.SpeakerAfterNya))
            {
                return (null, true);
            }

            if (Has(k, AttributionRole.SpeakerAfter) && AfterStatement(k))
            {
                var after = Speaker(From(k + 1, sentence.Last));
                if (after.Claimant is not null || after.Pronoun)
                {
                    return after;
                }
            }

            if (word.Length > 6 && word[0] is 'd' or 'D' && Has(k, AttributionRole.PassiveSpeech) && Agent(t.WordIs(k + 1, "oleh") ? k + 2 : k + 1, sentence.Last) is { } agent)
            {
                return (agent.GetText(t.Text), false);
            }

            if (Has(k, AttributionRole.SpeakerBefore))
            {
                var before = Speaker(Before(k - 1, sentence.First));
                if (before.Claimant is not null || before.Pronoun)
                {
                    return before;
                }
            }
        }

        return (null, false);
    }

    /// <summary>"…," kata X follows the statement: a comma or closing quote stands just before the verb.</summary>
    private bool AfterStatement(int k) =>
        k > 0 && t[k - 1].Kind == TokenKind.Symbol && t.Text[t[k - 1].Start] is ',' or '”' or '"' or '’' or '.';

    private (string? Claimant, bool Pronoun) Speaker(TextSpan? phrase)
    {
        if (phrase is not { } p)
        {
            return (null, false);
        }

        var text = p.GetText(t.Text);
        return AttributionWords.Pronouns.Contains(text) ? (null, true) : (text, false);
    }

    /// <summary>The speaker phrase starting at <paramref name="k"/>, up to punctuation, a date or a stop word.</summary>
    private TextSpan? From(int k, int last)
    {
        var first = k;
        var end = -1;
        for (var n = 0; k <= last && n < MaxPhrase; k++, n++)
        {
            var joins = t.IsDash(k) && t.Adjacent(k) && t.Adjacent(k + 1);
            var initial = t.IsSymbol(k, '.') && end >= 0 && t[end].Length == 1 && t[end].IsCapitalized;
            if (joins || initial)
            {
                continue;
            }

            if (!t[k].IsWord || IsIn(AttributionRole.SpeakerStop, k) || lex[t[k].Info]?.Weekday is not null)
            {
                break;
            }

            end = k;
        }

        if (end < first)
        {
            return null;
        }

        // A title and then its holder's name after a comma: "jelas Kepala Dinas Perdagangan Jakarta, Rudi Hartono, Senin".
        if (t.IsSymbol(end + 1, ',') && (end > first || IsIn(AttributionRole.Title, first)))
        {
            var m = end + 2;
            while (m <= last && m - end - 2 < 4 && t[m].IsWord && t[m].IsCapitalized && lex[t[m].Info] is not { Weekday: not null } and not { Month: > 0 })
            {
                m++;
            }

            if (m > end + 2 && (m > last || !t[m].IsWord || IsIn(AttributionRole.SpeakerStop, m)))
            {
                end = m - 1;
            }
        }

        return new TextSpan(t[first].Start, t[end].End);
    }

    /// <summary>The speaker phrase ending before <paramref name="k"/>: capitalised words and titles, auxiliaries skipped.</summary>
    private TextSpan? Before(int k, int first)
    {
        while (k >= first && IsIn(AttributionRole.Auxiliary, k))
        {
            k--;
        }

        var end = k;
        var start = -1;
        for (var n = 0; k >= first && n < MaxPhrase; k--, n++)
        {
            var token = t[k];
            var hyphenated = t.IsDash(k - 1) && t.Adjacent(k);
            var ok = (token.IsWord && (token.IsCapitalized || hyphenated || IsIn(AttributionRole.Title, k) || IsIn(AttributionRole.Pronoun, k)))
                || (t.IsDash(k) && t.Adjacent(k) && t.Adjacent(k + 1));
            if (!ok)
            {
                break;
            }

            start = k;
        }

        // Drop sentence connectors in front of the speaker ("Namun Rutte mengatakan"), but not ranks and offices that
        // are ordinary words too ("Kapolda Metro Jaya Irjen Karyoto", "Bupati Bogor").
        while (start >= 0 && start < end && IsIn(AttributionRole.Connector, start) && t[start + 1].IsCapitalized)
        {
            start++;
        }

        return start < 0 ? null : new TextSpan(t[start].Start, t[end].End);
    }

    /// <summary>
    /// The agent of a passive verb of speech: capitalised words and titles, joined by atau/dan only between names
    /// ("Kementerian Pertahanan Amerika Serikat atau Pentagon"); null when no name follows ("disebut sebagai …").
    /// </summary>
    private TextSpan? Agent(int k, int last)
    {
        var first = k;
        var end = -1;
        var named = false;
        for (var n = 0; k <= last && n < MaxPhrase * 2; k++, n++)
        {
            var token = t[k];
            if (t.IsDash(k) && t.Adjacent(k) && t.Adjacent(k + 1) && end == k - 1)
            {
                continue;
            }

            var joins = (t.WordIs(k, "atau") || t.WordIs(k, "dan")) && named && k + 1 <= last && t[k + 1].IsCapitalized;
            var title = token.IsWord && (token.IsCapitalized || IsIn(AttributionRole.Title, k)) && lex[token.Info]?.Weekday is null;
            if (!joins && !(title || (t.IsDash(k - 1) && token.IsWord && end == k - 2)))
            {
                break;
            }

            named |= token.IsCapitalized;
            end = k;
        }

        return named && end >= first ? new TextSpan(t[first].Start, t[end].End) : null;
    }

    private void FindSources(Sentence sentence, List<Fact> facts)
    {
        for (var k = sentence.First; k <= sentence.Last; k++)
        {
            // Every source starts from a verb of reporting or citing or a cue word; the rest of the sentence is passed over.
            if (!Has(k, SourceCues))
            {
                continue;
            }

            if (k > sentence.First && t[k - 1].IsCapitalized && Has(k, AttributionRole.ReportVerb) && OutletBefore(k - 1, sentence.First) is { } outlet)
            {
                // "Reuters reported", "kantor berita Antara melaporkan": the outlet and its verb.
                var value = WithoutArticle(outlet);
                facts.Add(new Fact(outlet.Start, t[k].End, FactKind.Source, FactValue.FromText(value.GetText(t.Text))));
                continue;
            }

            var verb = Has(k, AttributionRole.SourceVerb) || ((t.WordIs(k, "reported") || t.WordIs(k, "quoted")) && t.WordIs(k + 1, "by"));
            var according = t.WordIs(k, "according") && t.WordIs(k + 1, "to");
            var menurut = t.WordIs(k, "menurut") || t.WordIs(k, "berdasarkan");
            if (!verb && !according && !menurut)
            {
                continue;
            }

            var start = k > sentence.First && (t.WordIs(k - 1, "seperti") || t.WordIs(k - 1, "sebagaimana") || t.WordIs(k - 1, "as")) ? k - 1 : k;
            var j = according ? k + 2 : k + 1;
            while (t.WordIs(j, "dari") || t.WordIs(j, "oleh") || t.WordIs(j, "from") || t.WordIs(j, "by"))
            {
                j++;
            }

            // After menurut / according to, a name is a person quoted (the claimant) unless it is an outlet or data.
            var name = verb ? SourceName(j, sentence.Last) ?? DataPhrase(j, sentence.Last)
                : IsIn(AttributionRole.DataNoun, j) ? SourceName(j, sentence.Last)
                : DataPhrase(j, sentence.Last) ?? OutletAt(j, sentence.Last);
            if (name is { } found)
            {
                facts.Add(new Fact(t[start].Start, found.End, FactKind.Source, FactValue.FromText(WithoutArticle(found).GetText(t.Text))));
                k = j;
            }
        }
    }

    /// <summary>An English data phrase whose head noun comes last: "ministry data", "the government's figures".</summary>
    private TextSpan? DataPhrase(int j, int last)
    {
        for (var k = j; k <= last && k < j + 5; k++)
        {
            if (!t[k].IsWord || IsIn(AttributionRole.SpeakerStop, k))
            {
                return null;
            }

            if (k > j && IsIn(AttributionRole.DataNoun, k) && !t.WordIs(j, "data"))
            {
                return new TextSpan(t[j].Start, t[k].End);
            }
        }

        return null;
    }

    /// <summary>A listed outlet starting at <paramref name="j"/> (an article allowed before it): the longest match.</summary>
    private TextSpan? OutletAt(int j, int last)
    {
        var first = t.WordIs(j, "the") ? j + 1 : j;
        for (var end = Math.Min(last, first + 5); end >= first; end--)
        {
            if (t[end].IsWord && IsOutlet(first, end))
            {
                return new TextSpan(t[j].Start, t[end].End);
            }
        }

        return null;
    }

    /// <summary>
    /// The outlet ending at <paramref name="end"/>: a listed one (The New York Times), or a capitalised name after the
    /// kind of outlet (kantor berita Antara, state news agency KCNA). Persons and officials do not "report".
    /// </summary>
    private TextSpan? OutletBefore(int end, int first)
    {
        if (end < first || !t[end].IsWord || !t[end].IsCapitalized)
        {
            return null;
        }

        for (var start = Math.Max(first, end - 5); start <= end; start++)
        {
            if (t[start].IsWord && t[start].IsCapitalized && IsOutlet(start, end))
            {
                var from = start > first && t.WordIs(start - 1, "the") ? start - 1 : start;
                return new TextSpan(t[from].Start, t[end].End);
            }
        }

        var nameStart = end;
        while (nameStart > first && t[nameStart - 1].IsWord && t[nameStart - 1].IsCapitalized && end - nameStart < 4)
        {
            nameStart--;
        }

        return nameStart > first && IsIn(AttributionRole.OutletKind, nameStart - 1) && !t[nameStart - 1].IsCapitalized
            ? new TextSpan(t[nameStart].Start, t[end].End)
            : null;
    }

    private bool IsOutlet(int first, int end) =>
        Outlets.Contains(t.Text.AsSpan(t[first].Start, t[end].End - t[first].Start));

    /// <summary>The span without a leading article: "the Associated Press" names the Associated Press.</summary>
    private TextSpan WithoutArticle(TextSpan span)
    {
        var text = t.Text.AsSpan(span.Start, span.Length);
        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? new TextSpan(span.Start + 4, span.End) : span;
    }

    /// <summary>The cited outlet or data: a capitalised name (Al Jazeera), or data words up to punctuation (data kementerian).</summary>
    private TextSpan? SourceName(int j, int last)
    {
        var first = j;
        var end = -1;
        var named = false;
        for (var n = 0; j <= last && n < 6; j++, n++)
        {
            var token = t[j];
            if (!token.IsWord || IsIn(AttributionRole.SpeakerStop, j) || lex[token.Info]?.Weekday is not null || (named && !token.IsCapitalized))
            {
                break;
            }

            named |= token.IsCapitalized;
            end = j;
        }

        return end < first || (!named && !IsIn(AttributionRole.DataNoun, first)) ? null : new TextSpan(t[first].Start, t[end].End);
    }

    /// <summary>Whether word <paramref name="k"/> is in the lists of <paramref name="role"/>: for the words around a trigger.</summary>
    private bool IsIn(AttributionRole role, int k) =>
        (uint)k < (uint)t.Count && t[k].IsWord && AttributionWords.Roles.TryGetValue(t.Chars(k), out var found) && (found & role) != 0;

    /// <summary>Whether word <paramref name="k"/> has the trigger role <paramref name="role"/>.</summary>
    private bool Has(int k, AttributionRole role) => (roles[k] & role) != 0;

}
