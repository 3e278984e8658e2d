using System.Collections.Frozen;

namespace Workbench.Core.Facts.Qa;

/// <summary>
/// Negation vocabularies. "Core" negators must be answered by the other side; the "any" lists are the looser ways a
/// translation may carry the same negation (unable, denied, without, -less, tanpa, menolak…) and only excuse.
/// </summary>
internal static class NegationWords
{
    public static readonly FrozenSet<string> IndonesianCore = Set(
        "tidak", "tak", "bukan", "belum", "tanpa", "jangan", "tiada", "takkan", "enggak", "nggak", "gak", "tidaklah", "bukanlah",
        "belumlah", "janganlah", "bukannya");

    public static readonly FrozenSet<string> IndonesianAny = Set(
        "menolak", "ditolak", "penolakan", "membantah", "dibantah", "bantahan", "menyangkal", "gagal", "kegagalan", "enggan",
        "mustahil", "nihil", "kecuali", "nol", "melarang", "dilarang", "larangan", "berhenti", "menghentikan", "batal",
        "membatalkan", "dibatalkan", "absen", "mangkir", "minim", "kurangnya", "kekurangan", "bebas", "jarang", "sulit", "sukar");

    /// <summary>Words after tidak/tak that make a litotes, translated without a negation.</summary>
    public static readonly FrozenSet<string> IndonesianLitotes = Set(
        "jauh", "jarang", "kalah", "lepas", "terlepas", "pelak", "ayal", "heran", "mustahil", "terkecuali", "tanggung", "henti",
        "terhitung", "terbantahkan", "terelakkan", "sengaja", "segan", "ragu", "menentu", "mampu", "terkendali");

    public static readonly FrozenSet<string> EnglishCore = Set(
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "nowhere", "noone");

    public static readonly FrozenSet<string> EnglishAny = Set(
        "yet", "unable", "fail", "fails", "failed", "failing", "failure", "lack", "lacks", "lacked", "lacking", "absence", "absent",
        "deny", "denies", "denied", "denying", "denial", "refuse", "refuses", "refused", "refusing", "refusal", "reject", "rejects",
        "rejected", "rejecting", "hardly", "barely", "rarely", "seldom", "few", "little", "zero", "instead", "rather", "avoid",
        "avoids", "avoided", "refrain", "forbidden", "prohibited", "banned", "barred", "innocent", "impossible", "illegal",
        "illegally", "illegitimate", "invalid", "inadequate", "insufficient", "incapable", "inability", "inaccurate", "incomplete",
        "indirect", "indirectly", "informal", "inactive", "irregular", "irrelevant", "inevitable", "inevitably", "impartial",
        "independent", "disagree", "disagreed", "disagrees", "dissatisfied", "dishonest", "disapprove", "disapproved",
        "accidentally", "unless", "free", "nonexistent", "lost", "stopped", "ceased", "ruled", "exempt",
        "ineffective", "inefficient", "inappropriate", "incorrect", "inconsistent", "insecure", "instability", "impractical",
        "improper", "irresponsible", "illogical", "incompetent", "insignificant", "intolerant", "invisible", "inaccessible",
        "ineligible", "immature", "imbalance", "impatient", "inconclusive", "incapacitated", "inconvenient", "infertile",
        "disloyal", "disabled", "discontinued", "disconnected", "disqualified", "disallowed", "dismissed", "misunderstood",
        "prevent", "prevents", "prevented", "preventing", "against", "declined", "declines", "declining", "halted", "halt",
        "scrapped", "canceled", "cancelled", "postponed", "suspended", "withheld");

    /// <summary>Verbs of "stay out", "keep away".</summary>
    public static readonly FrozenSet<string> EnglishKeep = Set("stay", "stays", "stayed", "staying", "keep", "keeps", "kept", "keeping");

    /// <summary>Indonesian words an English loose negative form translates without a negation: melawan → against.</summary>
    public static readonly FrozenSet<string> IndonesianOpposition = Set("melawan", "lawan", "kontra", "versus", "vs", "menentang", "terhadap");

    /// <summary>Words beginning with "un" that are not negations.</summary>
    public static readonly FrozenSet<string> NotUnNegations = Set(
        "under", "underway", "understand", "understood", "understanding", "undergo", "underwent", "undergoing", "underline",
        "underscore", "underscored", "undertake", "undertaken", "undertook", "underground", "underlying", "undermine", "undermined",
        "until", "union", "unions", "unit", "units", "unite", "united", "unity", "universal", "university", "universities",
        "universe", "unique", "unilateral", "unilaterally", "unanimous", "unanimously", "uncle", "unveil", "unveiled", "unveils",
        "unleash", "unleashed", "unfold", "unfolded", "unfolding", "unrest", "undo", "uniform", "uniforms", "unicef", "unesco",
        "unhcr", "unga", "unsc");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
