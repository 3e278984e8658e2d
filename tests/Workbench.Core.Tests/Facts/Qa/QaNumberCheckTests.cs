using Workbench.Core.Facts.Qa;
using static Workbench.Core.Tests.Facts.Qa.QaCheck;

namespace Workbench.Core.Tests.Facts.Qa;

public class QaNumberCheckTests
{
    [Theory]
    [InlineData("Sekitar 10.000 tentara dikirim.", "About 10,000 troops were sent.")]
    [InlineData("Sekitar 10.000 tentara dikirim.", "About ten thousand troops were sent.")]
    [InlineData("Jumlahnya 1,2 juta orang.", "The total was 1.2 million people.")]
    [InlineData("Nilai proyek mencapai Rp 3,2 triliun.", "The project is worth 3.2 trillion rupiah.")]
    [InlineData("Dua orang tewas.", "2 people died.")]
    [InlineData("Ia salah satu saksi.", "He is one of the witnesses.")]
    [InlineData("Kedua negara sepakat.", "Both countries agreed.")]
    [InlineData("Ribuan warga mengungsi.", "Thousands of residents fled.")]
    [InlineData("Timnas berada di peringkat ke-3.", "The national team is 3rd.")]
    [InlineData("Harga naik dua kali lipat.", "Prices doubled.")]
    [InlineData("Jaraknya 100 km dari kota.", "It is 100 km (62 miles) from the city.")]
    [InlineData("Antara 3.000 hingga 5.000 orang hadir.", "Between 3,000 and 5,000 people attended.")]
    public void Check_SameValuesInOtherForms_NoNumberFinding(string source, string target) =>
        Codes(source, target).Where(c => c.StartsWith("number", StringComparison.Ordinal)).ShouldBeEmpty();

    [Fact]
    public void Check_IndonesianGroupingInEnglish_OnlyFormatFinding()
    {
        var finding = Checker.Check("Sekitar 10.000 tentara.", "About 10.000 troops.").ShouldHaveSingleItem();
        (finding.Code, finding.Kind, finding.Severity).ShouldBe((QaCodes.NumberFormat, QaKind.Number, QaSeverity.Error));
        finding.Target!.Value.GetText("About 10.000 troops.").ShouldBe("About 10.000");
    }

    [Fact]
    public void Check_DecimalCommaInEnglish_IsFormatFinding() =>
        Codes("Ekonomi tumbuh 5,05 persen.", "The economy grew 5,05 percent.").ShouldBe([QaCodes.NumberFormat]);

    [Theory]
    [InlineData("Nilainya Rp 150 triliun.", "It is worth Rp 150 billion.")]
    [InlineData("Sebanyak 3.000 orang.", "Some 300 people.")]
    [InlineData("Tumbuh 5,05 persen.", "Grew 5.5 percent.")]
    [InlineData("Tujuh kapal tiba.", "Eight ships arrived.")]
    [InlineData("Ribuan warga mengungsi.", "Hundreds of residents fled.")]
    public void Check_ChangedValue_ReportsChangedWithBothSpans(string source, string target)
    {
        var finding = Checker.Check(source, target).ShouldHaveSingleItem();
        finding.Code.ShouldBe(QaCodes.NumberChanged);
        finding.Source.ShouldNotBeNull();
        finding.Target.ShouldNotBeNull();
    }

    [Fact]
    public void Check_NumberDropped_ReportsMissing() =>
        Codes("Banjir merendam 1.200 rumah.", "Floods inundated homes.").ShouldBe([QaCodes.NumberMissing]);

    [Fact]
    public void Check_NumberInvented_ReportsAddedWarning()
    {
        var finding = Checker.Check("Polisi menangkap para pelaku.", "Police arrested the 5 perpetrators.").ShouldHaveSingleItem();
        (finding.Code, finding.Severity).ShouldBe((QaCodes.NumberAdded, QaSeverity.Warning));
    }

    [Fact]
    public void Check_CurrencyChanged_ReportsCurrency() =>
        Codes("Nilai kontrak 200 juta dolar AS.", "The contract is worth 200 million rupiah.").ShouldBe([QaCodes.NumberCurrency]);

    [Fact]
    public void Check_UnitChanged_ReportsUnit() =>
        Codes("Jaraknya 12 kilometer.", "It is 12 miles away.").ShouldBe([QaCodes.NumberUnit]);

    [Fact]
    public void Check_QualifierReversed_ReportsQualifier() =>
        Codes("Lebih dari 300 orang ditangkap.", "Fewer than 300 people were arrested.").ShouldBe([QaCodes.NumberQualifier]);

    [Fact]
    public void Check_QualifierDropped_IsAccepted() =>
        Codes("Sekitar 300 orang ditangkap.", "300 people were arrested.").ShouldBeEmpty();
}
