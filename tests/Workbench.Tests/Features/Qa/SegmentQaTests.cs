using Workbench.Core.Facts.Qa;
using Workbench.Features.Qa;
using static Workbench.Tests.Features.Qa.QaSamples;

namespace Workbench.Tests.Features.Qa;

public class SegmentQaTests
{
    private static QaItem Error(string code = QaCodes.NumberChanged) => Item(code, QaSeverity.Error, 0, 1, 0, 1, "error");

    private static QaItem Warning(bool overridden = false)
        => Item(QaCodes.NumberAdded, QaSeverity.Warning, null, null, 0, 3, "warning", overridden: overridden ? OverrideOf("k") : null);

    [Fact]
    public void None_HasNoItemsAndNoCounts()
    {
        SegmentQa.None.Items.ShouldBeEmpty();
        SegmentQa.None.ErrorCount.ShouldBe(0);
        SegmentQa.None.OpenWarningCount.ShouldBe(0);
        SegmentQa.None.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void Counts_ErrorsOpenAndOverriddenWarnings_CountsErrorsAndOpenWarningsApart()
    {
        var qa = new SegmentQa([Error(), Warning(), Error(QaCodes.NameMisspelled), Warning(overridden: true)]);

        qa.ErrorCount.ShouldBe(2);
        qa.OpenWarningCount.ShouldBe(1);
        qa.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void HasErrors_OnlyWarnings_IsFalse()
    {
        var qa = new SegmentQa([Warning(), Warning(overridden: true)]);

        qa.HasErrors.ShouldBeFalse();
        qa.ErrorCount.ShouldBe(0);
        qa.OpenWarningCount.ShouldBe(1);
    }

    [Fact]
    public void OpenWarningCount_AllWarningsOverridden_IsZero()
        => new SegmentQa([Warning(overridden: true), Warning(overridden: true)]).OpenWarningCount.ShouldBe(0);

    [Fact]
    public void QaItem_ErrorWithAnOverrideAttached_IsStillAnError()
    {
        // Evaluate never attaches one; the counts must not depend on that alone.
        var qa = new SegmentQa([Item(QaCodes.NumberChanged, QaSeverity.Error, 0, 1, 0, 1, "e", overridden: OverrideOf("k"))]);

        qa.ErrorCount.ShouldBe(1);
        qa.HasErrors.ShouldBeTrue();
    }
}
