namespace Workbench.Core.Facts.Data;

/// <summary>English words that are capitalised without being names (sentence starts, titles, institutions, calendar).</summary>
internal static class EnglishVocabularyData
{
    public const string Words = """
        the a an in on at of for and but or nor so yet to from by with about after before during since until when while
        if as than that this these those there here he she it they we i you his her its their our my your him them us
        however meanwhile also although though because despite instead moreover furthermore then now today yesterday
        tomorrow last next first second third some many most all both each every no not one two three four five six seven
        eight nine ten what who which where why how said says told according earlier later
        president vice minister prime secretary general foreign defense defence home affairs finance ministry department
        spokesperson spokesman spokeswoman chief head director governor mayor regent king queen prince princess pope
        chancellor senator representative ambassador commander lieutenant colonel major captain sergeant admiral marshal
        army navy air force forces police military national international university council house parliament congress
        senate court supreme party democratic republican democrat republicans democrats state states federal central
        north south east west northern southern eastern western new old great united republic kingdom federation union
        commission committee agency office bureau institute organization organisation association group front movement
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
        september october november december mr mrs ms dr sir madam prof
        former deputy acting coordinating economic economy political politics security legal law justice health trade
        industry energy mineral resources education culture tourism transportation transport agriculture forestry
        environment fisheries maritime marine investment social religious public works housing labor labour manpower
        communication communications informatics digital cooperatives enterprises owned development planning research
        technology science sports youth empowerment disaster management search rescue annual coach crown regional
        provincial authority board service customs immigration attorney prosecutor prosecutors
        """;
}
