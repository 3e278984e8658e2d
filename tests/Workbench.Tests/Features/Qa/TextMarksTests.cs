using Workbench.Core.Facts.Qa;
using Workbench.Features.Qa;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

public class TextMarksTests
{
    private const string Text = "About 10,000 troops were sent.";

    private static TextMark Mark(int start, int end, string title = "t") => new(start, end, "qa-mark qa-error", title);

    private static string Joined(IEnumerable<(string Text, TextMark? Mark)> pieces) => string.Concat(pieces.Select(p => p.Text));

    [Fact]
    public void Split_NoMarks_ReturnsTheWholeTextAsOnePlainPiece()
    {
        var pieces = TextMarks.Split(Text, []);

        var piece = pieces.ShouldHaveSingleItem();
        piece.Text.ShouldBe(Text);
        piece.Mark.ShouldBeNull();
    }

    [Fact]
    public void Split_EmptyText_ReturnsNoPieces()
        => TextMarks.Split("", [Mark(0, 1)]).ShouldBeEmpty();

    [Fact]
    public void Split_MarkInTheMiddle_CutsPlainMarkedPlain()
    {
        var mark = Mark(6, 12);

        var pieces = TextMarks.Split(Text, [mark]);

        pieces.Select(p => p.Text).ShouldBe(["About ", "10,000", " troops were sent."]);
        pieces.Select(p => p.Mark).ShouldBe([null, mark, null]);
    }

    [Fact]
    public void Split_MarksAtBothEnds_HaveNoEmptyPlainPieces()
    {
        var first = Mark(0, 5);
        var last = Mark(Text.Length - 5, Text.Length);

        var pieces = TextMarks.Split(Text, [first, last]);

        pieces.Select(p => p.Text).ShouldBe(["About", " 10,000 troops were ", "sent."]);
        pieces.ShouldAllBe(p => p.Text.Length > 0);
        pieces[0].Mark.ShouldBe(first);
        pieces[2].Mark.ShouldBe(last);
    }

    [Fact]
    public void Split_MarksGivenOutOfOrder_ComeOutInTextOrder()
    {
        var early = Mark(0, 5, "early");
        var late = Mark(13, 19, "late");

        var pieces = TextMarks.Split(Text, [late, early]);

        pieces.Where(p => p.Mark is not null).Select(p => p.Mark!.Title).ShouldBe(["early", "late"]);
        Joined(pieces).ShouldBe(Text);
    }

    [Fact]
    public void Split_AdjacentMarks_KeepsBoth()
    {
        var pieces = TextMarks.Split(Text, [Mark(0, 5, "a"), Mark(5, 12, "b")]);

        pieces.Select(p => (p.Text, p.Mark?.Title)).ShouldBe([("About", "a"), (" 10,000", "b"), (" troops were sent.", null)]);
    }

    [Fact]
    public void Split_OverlappingMarks_DropsTheLaterOneAndKeepsTheText()
    {
        var pieces = TextMarks.Split(Text, [Mark(6, 12, "number"), Mark(9, 19, "overlapping")]);

        pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem().Mark!.Title.ShouldBe("number");
        Joined(pieces).ShouldBe(Text);
    }

    [Fact]
    public void Split_MarkInsideAnother_DropsTheInnerOne()
    {
        var pieces = TextMarks.Split(Text, [Mark(8, 10, "inner"), Mark(6, 19, "outer")]);

        var marked = pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem();
        marked.Mark!.Title.ShouldBe("outer");
        marked.Text.ShouldBe("10,000 troops");
        Joined(pieces).ShouldBe(Text);
    }

    [Fact]
    public void Split_TwoMarksWithTheSameStart_KeepsTheLongerOne()
    {
        var pieces = TextMarks.Split(Text, [Mark(6, 9, "short"), Mark(6, 12, "long")]);

        pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem().Mark!.Title.ShouldBe("long");
        Joined(pieces).ShouldBe(Text);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(25, 31)]
    [InlineData(31, 35)]
    [InlineData(4, 4)]
    [InlineData(8, 2)]
    public void Split_OutOfRangeOrEmptyMark_IsDropped(int start, int end)
    {
        var pieces = TextMarks.Split(Text, [Mark(start, end)]);

        var piece = pieces.ShouldHaveSingleItem();
        piece.Text.ShouldBe(Text);
        piece.Mark.ShouldBeNull();
    }

    [Fact]
    public void Split_OutOfRangeMarkNextToAValidOne_KeepsTheValidOne()
    {
        var pieces = TextMarks.Split(Text, [Mark(20, 100, "bad"), Mark(0, 5, "good")]);

        pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem().Mark!.Title.ShouldBe("good");
        Joined(pieces).ShouldBe(Text);
    }

    [Fact]
    public void Split_MarkOverTheWholeText_IsOneMarkedPiece()
    {
        var pieces = TextMarks.Split(Text, [Mark(0, Text.Length)]);

        var piece = pieces.ShouldHaveSingleItem();
        piece.Text.ShouldBe(Text);
        piece.Mark.ShouldNotBeNull();
    }

    /// <summary>Whatever marks arrive (random, overlapping, out of range), the pieces rebuild the text, in order, without overlaps.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Split_RandomMarks_PiecesAlwaysConcatenateBackToTheText(int seed)
    {
#pragma warning disable CA5394 // Not security relevant: a seeded generator for reproducible inputs.
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var text = new string('x', random.Next(0, 40));
            var marks = Enumerable.Range(0, random.Next(0, 8))
                .Select(i => Mark(random.Next(-3, text.Length + 3), random.Next(-3, text.Length + 3), $"m{i}"))
                .ToList();

            var pieces = TextMarks.Split(text, marks);

            Joined(pieces).ShouldBe(text, $"seed {seed}, round {round}");
            pieces.ShouldAllBe(p => p.Text.Length > 0);
            // No two plain pieces in a row, and each marked piece is exactly its mark's range.
            var position = 0;
            for (var k = 0; k < pieces.Count; k++)
            {
                if (pieces[k].Mark is { } mark)
                {
                    mark.Start.ShouldBe(position);
                    mark.End.ShouldBe(position + pieces[k].Text.Length);
                }
                else if (k > 0)
                {
                    pieces[k - 1].Mark.ShouldNotBeNull();
                }

                position += pieces[k].Text.Length;
            }
        }
#pragma warning restore CA5394
    }

    [Fact]
    public void ForSource_Error_MarksTheSourceSpanWithErrorClassAndMessage()
    {
        var qa = Evaluate(TroopsSource, TroopsIndonesianFormat);
        var finding = qa.Items.ShouldHaveSingleItem().Finding;

        var mark = TextMarks.ForSource(qa).ShouldHaveSingleItem();

        (mark.Start, mark.End).ShouldBe((0, "Sekitar 10.000".Length));
        mark.Css.ShouldBe("qa-mark qa-error");
        mark.Title.ShouldBe(finding.Message);
    }

    [Fact]
    public void ForTarget_Error_MarksTheTargetSpanWithErrorClassAndMessage()
    {
        var qa = Evaluate(TroopsSource, TroopsIndonesianFormat);

        var mark = TextMarks.ForTarget(qa).ShouldHaveSingleItem();

        TroopsIndonesianFormat[mark.Start..mark.End].ShouldBe("About 10.000");
        mark.Css.ShouldBe("qa-mark qa-error");
        mark.Title.ShouldBe(qa.Items[0].Finding.Message);
    }

    [Fact]
    public void ForSourceAndTarget_MisspelledName_MarkTheNameInBothColumns()
    {
        var qa = Evaluate(RutteSource, RutteMisspelled);

        var source = TextMarks.ForSource(qa).ShouldHaveSingleItem();
        var target = TextMarks.ForTarget(qa).ShouldHaveSingleItem();

        RutteSource[source.Start..source.End].ShouldBe("Rutte");
        RutteMisspelled[target.Start..target.End].ShouldBe("Rute");
    }

    [Fact]
    public void ForSourceAndTarget_AddedNumberWarning_MarksOnlyTheTargetWithWarningClass()
    {
        var qa = Evaluate(ShipsSource, ShipsTwo);

        TextMarks.ForSource(qa).ShouldBeEmpty();
        var mark = TextMarks.ForTarget(qa).ShouldHaveSingleItem();
        ShipsTwo[mark.Start..mark.End].ShouldBe("Two");
        mark.Css.ShouldBe("qa-mark qa-warning");
    }

    [Fact]
    public void ForTarget_OverriddenWarning_UsesTheOverriddenClass()
    {
        var key = Evaluate(ShipsSource, ShipsTwo).Items[0].Key;
        var qa = Evaluate(ShipsSource, ShipsTwo, [OverrideOf(key)]);

        TextMarks.ForTarget(qa).ShouldHaveSingleItem().Css.ShouldBe("qa-mark qa-overridden");
    }

    [Fact]
    public void ForSourceAndTarget_NoFindings_AreEmpty()
    {
        TextMarks.ForSource(SegmentQa.None).ShouldBeEmpty();
        TextMarks.ForTarget(SegmentQa.None).ShouldBeEmpty();
    }

    [Fact]
    public void ForSourceAndTarget_UntranslatedOverWholeText_AreNotMarked()
    {
        var qa = new SegmentQa([Item(QaCodes.UntranslatedIdentical, QaSeverity.Error, 0, 10, 0, 10, "Not translated.", QaKind.Untranslated)]);

        TextMarks.ForSource(qa).ShouldBeEmpty();
        TextMarks.ForTarget(qa).ShouldBeEmpty();
    }

    [Fact]
    public void ForSource_MissingKind_IsNotMarked()
    {
        var qa = new SegmentQa([Item(QaCodes.MissingEmpty, QaSeverity.Error, 0, 10, null, null, "The translation is empty.", QaKind.Missing)]);

        TextMarks.ForSource(qa).ShouldBeEmpty();
    }

    /// <summary>
    /// A short translation gets a whole-text "missing.truncated" warning next to its other findings. The
    /// whole-text mark must not swallow the error's span in the translation column: the translator has to
    /// see (and hover) which words are wrong.
    /// </summary>
    [Fact]
    public void ForTarget_TruncatedWarningWithANumberError_StillMarksTheErrorSpan()
    {
        const string source = "Sekitar 10.000 tentara Korea Utara telah dikirim ke Rusia untuk membantu perang melawan Ukraina di wilayah Kursk.";
        const string target = "About 10.000 troops.";
        var qa = Evaluate(source, target);
        qa.Items.ShouldContain(i => i.Finding.Code == QaCodes.MissingTruncated);
        var error = qa.Items.Single(i => i.Finding.Code == QaCodes.NumberFormat);

        var pieces = TextMarks.Split(target, TextMarks.ForTarget(qa));

        pieces.ShouldContain(p => p.Text == "About 10.000" && p.Mark != null && p.Mark.Css == "qa-mark qa-error" && p.Mark.Title == error.Finding.Message,
            "the number.format error's span is not highlighted in the translation column");
    }
}
