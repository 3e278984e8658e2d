using System.Collections.Frozen;
using Workbench.Core.Data;
using Workbench.Core.Facts.Profiles;
using Workbench.Core.Facts.Text;

namespace Workbench.Core.Facts.Recognition;

/// <summary>
/// Word lists for attributing statements: who said it, and which outlet or data it is cited from. The words are data
/// (Data/id/attribution.tsv, Data/en/attribution.tsv: word and role).
/// </summary>
internal static class AttributionWords
{
    /// <summary>Verbs followed by the speaker: "…," kata X / tutur Rutte / ucapnya; English ", said X".</summary>
    public static readonly FrozenSet<string> SpeakerAfter = Role("speaker-after");

    /// <summary>Verbs preceded by the speaker: X mengatakan / Singh said.</summary>
    public static readonly FrozenSet<string> SpeakerBefore = Role("speaker-before");

    /// <summary>Words that end a speaker phrase: "tutur Rutte kepada wartawan", "said Singh on Tuesday".</summary>
    public static readonly FrozenSet<string> SpeakerStop = Role("speaker-stop");

    /// <summary>Words skipped between a speaker and the verb: "Rutte telah mengatakan", "Singh has said".</summary>
    public static readonly FrozenSet<string> Auxiliaries = Role("auxiliary");

    /// <summary>Lower-case words allowed inside a speaker phrase before the verb: "juru bicara Pentagon Sabrina Singh".</summary>
    public static readonly FrozenSet<string> TitleWords = Role("title");

    /// <summary>Sentence connectors that can stand capitalised before a speaker: "Namun Rutte mengatakan", "Meanwhile Singh said".</summary>
    public static readonly FrozenSet<string> Connectors = Role("connector");

    public static readonly FrozenSet<string> Pronouns = Role("pronoun");

    /// <summary>Verbs citing an outlet: seperti dilansir dari Al Jazeera, mengutip Reuters, citing Reuters.</summary>
    public static readonly FrozenSet<string> SourceVerbs = Role("source-verb");

    /// <summary>Nouns that make "menurut …" / "according to …" a cited source rather than a speaker.</summary>
    public static readonly FrozenSet<string> DataNouns = Role("data-noun");

    /// <summary>Verbs of reporting after an outlet: "Reuters reported", "Antara melaporkan".</summary>
    public static readonly FrozenSet<string> ReportVerbs = Role("report-verb");

    /// <summary>Passive verbs of speech followed by the speaker: "disebut Kementerian Pertahanan", "dikatakan oleh Kapolda".</summary>
    public static readonly FrozenSet<string> PassiveSpeech = Role("passive-speech");

    /// <summary>Words naming the kind of outlet before its name: kantor berita Antara, harian Kompas, news agency KCNA.</summary>
    public static readonly FrozenSet<string> OutletKinds = Role("outlet-kind");

    /// <summary>Words that open a speaker or a source by themselves: menurut X, according to X, berdasarkan data, reported by, quoted by.</summary>
    public static readonly FrozenSet<string> Cues = Role("cue");

    /// <summary>News agencies and outlets (Data/common/news-outlets.tsv).</summary>
    public static readonly FrozenSet<string> Outlets = DataFiles.Words("common/news-outlets.tsv", "name");

    /// <summary>
    /// Every list above as one table, so the scanner classifies each word with a single lookup instead of trying
    /// every list at every word (the lists overlap: "said" is both <see cref="SpeakerAfter"/> and <see cref="SpeakerBefore"/>).
    /// </summary>
    public static readonly FrozenDictionary<string, AttributionRole>.AlternateLookup<ReadOnlySpan<char>> Roles = BuildRoles();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerAfterLookup = SpeakerAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The roles looked for at every word; the other lists are consulted only next to one of these.</summary>
    public const AttributionRole Triggers =
        AttributionRole.SpeakerAfter | AttributionRole.SpeakerBefore | AttributionRole.PassiveSpeech | AttributionRole.SourceVerb | AttributionRole.ReportVerb
        | AttributionRole.Cue;

    /// <summary>Most words of a text are no trigger: this rules them out before the table is consulted.</summary>
    private static readonly WordFilter TriggerFilter = new(SpeakerAfter.Concat(SpeakerBefore).Concat(PassiveSpeech).Concat(SourceVerbs).Concat(ReportVerbs).Concat(Cues));

    /// <summary>False only when <paramref name="word"/> certainly has no <see cref="Triggers"/> role.</summary>
    public static bool MayTrigger(ReadOnlySpan<char> word) => TriggerFilter.MayContain(word);

    /// <summary>The words of one role in the Indonesian and the English list together: quotes cross languages.</summary>
    private static FrozenSet<string> Role(string role) =>
        LanguageProfiles.All.SelectMany(p => DataFiles.Load($"{p.Code}/attribution.tsv").Values("word", "role", role)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, AttributionRole>.AlternateLookup<ReadOnlySpan<char>> BuildRoles()
    {
        var roles = new Dictionary<string, AttributionRole>(StringComparer.OrdinalIgnoreCase);
        void Add(FrozenSet<string> set, AttributionRole role)
        {
            foreach (var word in set)
            {
                roles[word] = roles.GetValueOrDefault(word) | role;
            }
        }

        Add(SpeakerAfter, AttributionRole.SpeakerAfter);
        Add(SpeakerBefore, AttributionRole.SpeakerBefore);
        Add(SpeakerStop, AttributionRole.SpeakerStop);
        Add(Auxiliaries, AttributionRole.Auxiliary);
        Add(TitleWords, AttributionRole.Title);
        Add(Connectors, AttributionRole.Connector);
        Add(Pronouns, AttributionRole.Pronoun);
        Add(SourceVerbs, AttributionRole.SourceVerb);
        Add(DataNouns, AttributionRole.DataNoun);
        Add(ReportVerbs, AttributionRole.ReportVerb);
        Add(PassiveSpeech, AttributionRole.PassiveSpeech);
        Add(OutletKinds, AttributionRole.OutletKind);
        Add(Cues, AttributionRole.Cue);
        return roles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

/// <summary>The word lists of <see cref="AttributionWords"/> a word belongs to.</summary>
[Flags]
internal enum AttributionRole : ushort
{
    None = 0,
    SpeakerAfter = 1 << 0,
    SpeakerBefore = 1 << 1,
    SpeakerStop = 1 << 2,
    Auxiliary = 1 << 3,
    Title = 1 << 4,
    Connector = 1 << 5,
    Pronoun = 1 << 6,
    SourceVerb = 1 << 7,
    DataNoun = 1 << 8,
    ReportVerb = 1 << 9,
    PassiveSpeech = 1 << 10,
    OutletKind = 1 << 11,

    /// <summary>A verb of <see cref="SpeakerAfter"/> with the clitic -nya (katanya, ujarnya): the speaker is the last one named.</summary>
    SpeakerAfterNya = 1 << 12,

    /// <summary>One of <see cref="AttributionWords.Cues"/>.</summary>
    Cue = 1 << 13,
}
