using System.Text;
using Workbench.Core.Facts;

namespace Workbench.Core.Tests.Facts.Recognition;

public class RecognizerScaleTests
{
    [Fact]
    public async Task Recognize_LongTextDenseWithNamesAndNumbers_FinishesInLinearTime()
    {
        // 100,000 names next to 100,000 numbers: comparing every name with every number (10^10 pairs) takes minutes,
        // a linear pass well under a second.
        var text = new StringBuilder(1_000_000);
        for (var i = 0; i < 100_000; i++)
        {
            text.Append("Rutte 5 ");
        }

        var input = text.ToString();
        var work = Task.Run(() => FactRecognizer.Recognize(input, "id"), TestContext.Current.CancellationToken);
        var first = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));

        first.ShouldBeSameAs(work, "recognizing 800 KB took longer than 20 s");
        var facts = await work;
        facts.Count(f => f.Kind == FactKind.Name).ShouldBe(100_000);
    }
}
