using Workbench.Features.Editor;

namespace Workbench.Tests.Features.Editor;

public class DiffViewBuildTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "", "" },
        { "", "Brand new text." },
        { "Everything goes away.", "" },
        { "The same text.", "The same text." },
        { "The port opened on Monday.", "The port opened on Tuesday." },
        { "Around 10,000 troops (Pentagon).", "About 10,000 soldiers, said the Pentagon!" },
        { "Two  spaces\tand a tab.", "Two spaces and\ta tab?" },
        { "Line one.\nLine two.", "Line one.\n\nLine 2." },
        { "Kapasitas 1.500.000 TEU; naik 35 persen.", "Capacity of 1,500,000 TEU; up 35 percent." },
        { "  leading and trailing  ", "leading and trailing" },
        { "“Quoted” words — and dashes…", "\"Quoted\" words - and dashes..." },
        { "a b c d e f", "f e d c b a" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Build_AnyPair_UnchangedAndDeletedPiecesReconstructOldText(string oldText, string newText)
    {
        var pieces = DiffView.Build(oldText, newText);

        string.Concat(pieces.Where(p => p.Css is null or "diff-deleted").Select(p => p.Text)).ShouldBe(oldText);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Build_AnyPair_UnchangedAndInsertedPiecesReconstructNewText(string oldText, string newText)
    {
        var pieces = DiffView.Build(oldText, newText);

        string.Concat(pieces.Where(p => p.Css is null or "diff-inserted").Select(p => p.Text)).ShouldBe(newText);
    }

    [Fact]
    public void Build_OneWordChanged_MarksOnlyThatWord()
    {
        var pieces = DiffView.Build("The port opened on Monday.", "The port opened on Tuesday.");

        pieces.Where(p => p.Css == "diff-deleted").Select(p => p.Text).ShouldBe(["Monday"]);
        pieces.Where(p => p.Css == "diff-inserted").Select(p => p.Text).ShouldBe(["Tuesday"]);
    }

    [Fact]
    public void Build_IdenticalTexts_HasNoChangedPieces()
        => DiffView.Build("Nothing changed here.", "Nothing changed here.").ShouldAllBe(p => p.Css == null);

    [Fact]
    public void Build_DeletionBeforeInsertion_WithinABlock()
    {
        var pieces = DiffView.Build("old", "new");

        pieces.Select(p => p.Css).ShouldBe(["diff-deleted", "diff-inserted"]);
    }
}
