using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workbench.Core.Facts.Qa;

namespace Workbench.Core.Tests.Facts.Qa;

public class QaNumberPropertyTests
{
    private static readonly QaChecker Checker = new();
    private static readonly NumberFormatInfo Indonesian = CultureInfo.GetCultureInfo("id-ID").NumberFormat;

    /// <summary>Counts from 2 to a billion, away from the 1900-2100 band that reads as a year on its own.</summary>
    private static Arbitrary<long> Counts() =>
        Gen.Choose(2, 1_000_000_000).Select(n => (long)n).Where(n => n is < 1900 or > 2100).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Check_AnyIntegerInBothConventions_NoFinding() =>
        Prop.ForAll(Counts(), n =>
        {
            var source = $"Sebanyak {n.ToString("N0", Indonesian)} orang hadir dalam acara itu.";
            var target = $"A total of {n.ToString("N0", CultureInfo.InvariantCulture)} people attended the event.";
            return Checker.Check(source, target).Count == 0;
        });

    [Property(MaxTest = 300)]
    public Property Check_AnyDecimalInBothConventions_NoFinding() =>
        Prop.ForAll(Gen.Choose(1, 99_999).ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), (whole, hundredths) =>
        {
            var value = whole + (hundredths / 100m);
            var source = $"Ekonomi tumbuh {value.ToString("N2", Indonesian)} persen tahun lalu.";
            var target = $"The economy grew {value.ToString("N2", CultureInfo.InvariantCulture)} percent last year.";
            return Checker.Check(source, target).Count == 0;
        });

    [Property(MaxTest = 300)]
    public Property Check_OneDigitChanged_AlwaysReported() =>
        Prop.ForAll(Counts(), Gen.Choose(0, 9).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (n, position, delta) =>
        {
            var digits = n.ToString(CultureInfo.InvariantCulture).ToCharArray();
            var at = position % digits.Length;
            digits[at] = (char)('0' + ((digits[at] - '0' + delta) % 10));
            var changed = long.Parse(digits, CultureInfo.InvariantCulture);
            var source = $"Sebanyak {n.ToString("N0", Indonesian)} orang hadir dalam acara itu.";
            var target = $"A total of {changed.ToString("N0", CultureInfo.InvariantCulture)} people attended the event.";
            return Checker.Check(source, target).Any(f => f.Kind == QaKind.Number);
        });
}
