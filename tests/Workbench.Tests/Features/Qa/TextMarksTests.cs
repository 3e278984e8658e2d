using Workbench.Core.Facts.Qa;
using Workbench.Features.Qa;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

public class TextMarksTests
{
    private const string Text = "About 10,000 troops were sent.";

    private static TextMark Mark(int start, int end, string title = "t", int priority = 0) => new(start, end, "qa-mark qa-error", title, priority);

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
    public void Split_OverlappingMarksOfEqualPriority_KeepsTheShorterOne()
    {
        var pieces = TextMarks.Split(Text, [Mark(0, 12, "long first"), Mark(9, 15, "short later")]);

        var marked = pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem();
        marked.Mark!.Title.ShouldBe("short later");
        marked.Text.ShouldBe(Text[9..15]);
        Joined(pieces).ShouldBe(Text);
    }

    [Fact]
    public void Split_MarkInsideAnotherOfEqualPriority_KeepsTheInnerOne()
    {
        var pieces = TextMarks.Split(Text, [Mark(6, 19, "outer"), Mark(8, 10, "inner")]);

        var marked = pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem();
        marked.Mark!.Title.ShouldBe("inner");
        marked.Text.ShouldBe(",0");
        Joined(pieces).ShouldBe(Text);
    }

    [Fact]
    public void Split_TwoMarksWithTheSameStartAndPriority_KeepsTheShorterOne()
    {
        var pieces = TextMarks.Split(Text, [Mark(6, 12, "long"), Mark(6, 9, "short")]);

        pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem().Mark!.Title.ShouldBe("short");
        Joined(pieces).ShouldBe(Text);
    }

    [Fact]
    public void Split_OverlapsOfEqualPriorityAndLength_KeepsTheEarlierOne()
    {
        var pieces = TextMarks.Split(Text, [Mark(9, 15, "later"), Mark(6, 12, "earlier")]);

        pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem().Mark!.Title.ShouldBe("earlier");
    }

    /// <summary>An error is never hidden behind a warning, however long or short either is.</summary>
    [Theory]
    [InlineData(0, 30, 6, 12)]
    [InlineData(6, 12, 0, 30)]
    [InlineData(8, 9, 6, 19)]
    [InlineData(6, 19, 8, 9)]
    public void Split_ErrorOverlappingAWarning_KeepsTheError(int errorStart, int errorEnd, int warningStart, int warningEnd)
    {
        var pieces = TextMarks.Split(Text, [Mark(warningStart, warningEnd, "warning", priority: 1), Mark(errorStart, errorEnd, "error", priority: 0)]);

        var marked = pieces.Where(p => p.Mark is not null).ShouldHaveSingleItem();
        marked.Mark!.Title.ShouldBe("error");
        marked.Text.ShouldBe(Text[errorStart..errorEnd]);
        Joined(pieces).ShouldBe(Text);
    }

    [Fact]
    public void Split_DroppedMarkInTheMiddle_DoesNotDropItsNeighbours()
    {
        // The long warning loses to the error inside it; the marks on either side of the warning still show.
        var pieces = TextMarks.Split(Text, [Mark(0, 5, "left", 1), Mark(4, 20, "warning", 1), Mark(6, 12, "error", 0), Mark(25, 29, "right", 1)]);

        pieces.Where(p => p.Mark is not null).Select(p => p.Mark!.Title).ShouldBe(["left", "error", "right"]);
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

    /// <summary>
    /// Whatever marks arrive (random priorities, overlapping, out of range), the pieces rebuild the text in order,
    /// without overlaps, and a valid mark is only dropped for an overlapping one that ranks at least as high.
    /// </summary>
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
                .Select(i => Mark(random.Next(-3, text.Length + 3), random.Next(-3, text.Length + 3), $"m{i}", random.Next(0, 3)))
                .ToList();

            var pieces = TextMarks.Split(text, marks);
            var kept = pieces.Where(p => p.Mark is not null).Select(p => p.Mark!).ToList();
            // Nothing valid is dropped without a reason: it overlaps a kept mark that ranks at least as high.
            foreach (var dropped in marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start).Except(kept))
            {
                kept.ShouldContain(k => k.Start < dropped.End && dropped.Start < k.End && k.Priority <= dropped.Priority,
                    $"seed {seed}, round {round}: {dropped} dropped for nothing");
            }

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
    public void ForTarget_Priorities_ErrorBeforeOpenWarningBeforeOverriddenWarning()
    {
        var qa = new SegmentQa([
            Item(QaCodes.NumberAdded, QaSeverity.Warning, null, null, 0, 5, "overridden", overridden: OverrideOf("k")),
            Item(QaCodes.NumberAdded, QaSeverity.Warning, null, null, 0, 5, "open"),
            Item(QaCodes.NumberChanged, QaSeverity.Error, 0, 5, 0, 5, "error"),
        ]);

        var marks = TextMarks.ForTarget(qa).ToDictionary(m => m.Title, m => m.Priority);

        marks["error"].ShouldBeLessThan(marks["open"]);
        marks["open"].ShouldBeLessThan(marks["overridden"]);
        TextMarks.ForSource(qa).ShouldHaveSingleItem().Priority.ShouldBe(marks["error"]);
    }

    [Fact]
    public void ForSource_ErrorOverlappingAMissingNameWarning_ShowsTheError()
    {
        // Source column: a warning on "Korea Utara" and an error on the whole clause around it.
        var qa = new SegmentQa([
            Item(QaCodes.NameMissing, QaSeverity.Warning, 23, 34, null, null, "name missing", QaKind.Name),
            Item(QaCodes.NumberChanged, QaSeverity.Error, 0, 34, 0, 12, "number changed"),
        ]);

        var marked = TextMarks.Split(TroopsSource, TextMarks.ForSource(qa)).Where(p => p.Mark is not null).ShouldHaveSingleItem();

        marked.Mark!.Title.ShouldBe("number changed");
        marked.Mark.Css.ShouldBe("qa-mark qa-error");
    }

    [Fact]
    public void ForTarget_OpenAndOverriddenWarningOnTheSameWords_ShowsTheOpenOne()
    {
        var qa = new SegmentQa([
            Item(QaCodes.NumberAdded, QaSeverity.Warning, null, null, 0, 3, "overridden", overridden: OverrideOf("k")),
            Item(QaCodes.NumberQualifier, QaSeverity.Warning, null, null, 0, 9, "open"),
        ]);

        var marked = TextMarks.Split(ShipsTwo, TextMarks.ForTarget(qa)).Where(p => p.Mark is not null).ShouldHaveSingleItem();

        marked.Mark!.Title.ShouldBe("open");
        marked.Mark.Css.ShouldBe("qa-mark qa-warning");
    }

    [Fact]
    public void ForSourceAndTarget_NoFindings_AreEmpty()
    {
        TextMarks.ForSource(SegmentQa.None).ShouldBeEmpty();
        TextMarks.ForTarget(SegmentQa.None).ShouldBeEmpty();
    }

    /// <summary>Whole-text findings are listed under the box, not painted over all of it.</summary>
    [Theory]
    [InlineData(QaCodes.UntranslatedIdentical, QaKind.Untranslated)]
    [InlineData(QaCodes.UntranslatedSourceLanguage, QaKind.Untranslated)]
    [InlineData(QaCodes.MissingEmpty, QaKind.Missing)]
    [InlineData(QaCodes.MissingTruncated, QaKind.Missing)]
    public void ForSourceAndTarget_WholeTextFinding_IsNotMarked(string code, QaKind kind)
    {
        var qa = new SegmentQa([Item(code, QaSeverity.Error, 0, 10, 0, 10, "Whole text.", kind)]);

        TextMarks.ForSource(qa).ShouldBeEmpty();
        TextMarks.ForTarget(qa).ShouldBeEmpty();
    }

    [Fact]
    public void ForTarget_UntranslatedWords_MarksTheIndonesianRun()
    {
        const string source = "Kapal tiba di pelabuhan kemarin pagi bersama tentara dari Rusia.";
        const string target = "The ship arrived at the port yesterday bersama para tentara dari Russia.";
        var qa = Evaluate(source, target);
        qa.Items.ShouldHaveSingleItem().Finding.Code.ShouldBe(QaCodes.UntranslatedWords);

        var mark = TextMarks.ForTarget(qa).ShouldHaveSingleItem();

        target[mark.Start..mark.End].ShouldBe("bersama para tentara dari");
        mark.Css.ShouldBe("qa-mark qa-warning");
    }

    /// <summary>
    /// A short translation gets a whole-text "missing.truncated" warning next to its other findings. It must
    /// not swallow the error's span in the translation column: the translator has to see (and hover) which
    /// words are wrong. (Regression: the first version painted the truncation over the whole box.)
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
