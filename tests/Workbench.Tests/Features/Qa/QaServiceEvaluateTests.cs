using Workbench.Core.Facts.Qa;
using Workbench.Features.Documents;
using Workbench.Features.Qa;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

public class QaServiceEvaluateTests
{
    [Fact]
    public void KeyOf_CodeAndSpanTexts_AreJoinedWithBars()
        => QaService.KeyOf("number.format", "Sekitar 10.000", "About 10.000").ShouldBe("number.format|Sekitar 10.000|About 10.000");

    [Fact]
    public void KeyOf_MissingSpan_LeavesItsPartEmpty()
        => QaService.KeyOf("number.added", null, "Two").ShouldBe("number.added||Two");

    [Theory]
    [InlineData("number.added", null, "Three")]
    [InlineData("number.changed", null, "Two")]
    [InlineData("number.added", "Two", null)]
    public void KeyOf_DifferentCodeOrText_GivesADifferentKey(string code, string? source, string? target)
        => QaService.KeyOf(code, source, target).ShouldNotBe(QaService.KeyOf("number.added", null, "Two"));

    [Fact]
    public void KeyOf_VeryLongSpans_IsCutToTheColumnLength()
    {
        var key = QaService.KeyOf("missing.truncated", null, new string('a', 2 * QaOverride.KeyMaxLength));

        key.Length.ShouldBe(QaOverride.KeyMaxLength);
        key.ShouldStartWith("missing.truncated||aaa");
    }

    [Fact]
    public void KeyOf_IsDeterministic()
        => QaService.KeyOf("name.misspelled", "Rutte", "Rute").ShouldBe(QaService.KeyOf("name.misspelled", "Rutte", "Rute"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n")]
    public void Evaluate_EmptyTarget_HasNoFindings(string target)
    {
        var qa = Service.Evaluate(Segment(TroopsSource, target, status: SegmentStatus.New), "id", "en", null);

        qa.Items.ShouldBeEmpty();
        qa.ErrorCount.ShouldBe(0);
    }

    [Fact]
    public void Evaluate_ExcludedSegmentWithAWrongTarget_HasNoFindings()
        => Service.Evaluate(Segment(TroopsSource, TroopsIndonesianFormat, excluded: true), "id", "en", null).Items.ShouldBeEmpty();

    [Theory]
    [InlineData(TroopsSource, TroopsCorrect)]
    [InlineData(ShipsSource, ShipsCorrect)]
    [InlineData(RutteSource, RutteCorrect)]
    public void Evaluate_CorrectTranslation_HasNoFindings(string source, string target)
        => Evaluate(source, target).Items.ShouldBeEmpty();

    [Fact]
    public void Evaluate_IndonesianNumberFormat_IsAnOpenErrorWithSpanTextsAndKey()
    {
        var item = Evaluate(TroopsSource, TroopsIndonesianFormat).Items.ShouldHaveSingleItem();

        item.Finding.Code.ShouldBe(QaCodes.NumberFormat);
        item.IsError.ShouldBeTrue();
        item.IsOpen.ShouldBeTrue();
        item.Override.ShouldBeNull();
        item.SourceText.ShouldBe("Sekitar 10.000");
        item.TargetText.ShouldBe("About 10.000");
        item.Key.ShouldBe(QaService.KeyOf(QaCodes.NumberFormat, "Sekitar 10.000", "About 10.000"));
        item.Finding.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Evaluate_MisspelledName_IsAnErrorWithBothNames()
    {
        var item = Evaluate(RutteSource, RutteMisspelled).Items.ShouldHaveSingleItem();

        item.Finding.Code.ShouldBe(QaCodes.NameMisspelled);
        item.IsError.ShouldBeTrue();
        (item.SourceText, item.TargetText).ShouldBe(("Rutte", "Rute"));
    }

    [Fact]
    public void Evaluate_AddedNumber_IsAnOpenWarningWithOnlyATargetText()
    {
        var item = Evaluate(ShipsSource, ShipsTwo).Items.ShouldHaveSingleItem();

        item.Finding.Code.ShouldBe(QaCodes.NumberAdded);
        item.IsError.ShouldBeFalse();
        item.IsOpen.ShouldBeTrue();
        item.SourceText.ShouldBeNull();
        item.TargetText.ShouldBe("Two");
        item.Key.ShouldBe("number.added||Two");
    }

    /// <summary>"QA runs on machine output" too: the origin of the text changes nothing.</summary>
    [Fact]
    public void Evaluate_MachineTranslation_IsCheckedLikeAHumanOne()
    {
        var machine = Service.Evaluate(Segment(TroopsSource, TroopsIndonesianFormat, origin: TranslationOrigin.Machine, status: SegmentStatus.Draft), "id", "en", null);

        machine.Items.ShouldHaveSingleItem().Finding.Code.ShouldBe(QaCodes.NumberFormat);
        machine.Items.ShouldBe(Evaluate(TroopsSource, TroopsIndonesianFormat).Items);
    }

    [Fact]
    public void Evaluate_ConfirmedSegment_IsStillChecked()
        => Service.Evaluate(Segment(RutteSource, RutteMisspelled, status: SegmentStatus.Confirmed), "id", "en", null)
            .HasErrors.ShouldBeTrue();

    [Fact]
    public void Evaluate_MatchingOverride_MarksTheWarningOverridden()
    {
        var key = Evaluate(ShipsSource, ShipsTwo).Items[0].Key;
        var view = OverrideOf(key);

        var qa = Evaluate(ShipsSource, ShipsTwo, [OverrideOf("number.added||Three", "other"), view]);

        var item = qa.Items.ShouldHaveSingleItem();
        item.Override.ShouldBe(view);
        item.IsOpen.ShouldBeFalse();
        qa.OpenWarningCount.ShouldBe(0);
    }

    [Fact]
    public void Evaluate_OverrideOfAnotherKey_LeavesTheWarningOpen()
    {
        var qa = Evaluate(ShipsSource, ShipsTwo, [OverrideOf("number.added||Three")]);

        qa.Items.ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
        qa.OpenWarningCount.ShouldBe(1);
    }

    [Fact]
    public void Evaluate_OverrideWithAnErrorsKey_NeverSilencesTheError()
    {
        var key = Evaluate(TroopsSource, TroopsIndonesianFormat).Items[0].Key;

        var qa = Evaluate(TroopsSource, TroopsIndonesianFormat, [OverrideOf(key)]);

        var item = qa.Items.ShouldHaveSingleItem();
        item.Override.ShouldBeNull();
        item.IsOpen.ShouldBeTrue();
        qa.ErrorCount.ShouldBe(1);
        qa.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_ErrorAndWarningWithTheWarningOverridden_KeepsTheErrorOpen()
    {
        var items = Evaluate(MixedSource, MixedTarget).Items;
        var warning = items.Single(i => !i.IsError);

        var qa = Evaluate(MixedSource, MixedTarget, [OverrideOf(warning.Key), .. items.Where(i => i.IsError).Select(i => OverrideOf(i.Key))]);

        qa.Items.Single(i => i.IsError).IsOpen.ShouldBeTrue();
        qa.Items.Single(i => !i.IsError).IsOpen.ShouldBeFalse();
        (qa.ErrorCount, qa.OpenWarningCount).ShouldBe((1, 0));
    }

    /// <summary>The override is tied to the flagged words, so it survives an unrelated edit of the sentence.</summary>
    [Fact]
    public void Evaluate_OverrideAfterAnUnrelatedEdit_StillApplies()
    {
        var key = Evaluate(ShipsSource, ShipsTwo).Items[0].Key;

        var qa = Evaluate(ShipsSource, "Two ships arrived at the harbour.", [OverrideOf(key)]);

        qa.Items.ShouldHaveSingleItem().IsOpen.ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_OverrideAfterTheFlaggedWordChanged_NoLongerApplies()
    {
        var key = Evaluate(ShipsSource, ShipsTwo).Items[0].Key;

        var qa = Evaluate(ShipsSource, "Three ships arrived at the port.", [OverrideOf(key)]);

        qa.Items.ShouldHaveSingleItem().IsOpen.ShouldBeTrue();
    }
}
