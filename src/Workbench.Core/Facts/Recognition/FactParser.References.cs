namespace Workbench.Core.Facts.Recognition;

internal sealed partial class FactParser
{
    /// <summary>
    /// A numbered act cited the short way, "No. 31/1999" (UU No. 31/1999, Law No. 31/1999): its number and its year,
    /// as the long form "Nomor 31 Tahun 1999" reads them, so either form compares with the other by value.
    /// </summary>
    private bool TryReference(int i, out int next)
    {
        next = i + 1;
        if (!t[i].IsNumber || !IsReferenceMarker(i - 1))
        {
            return false;
        }

        var s = t.Chars(i);
        var slash = s.IndexOf('/');
        if (slash is < 1 or > 4 || s.Length - slash - 1 != 4 || s[(slash + 1)..].ContainsAnyExceptInRange('0', '9')
            || s[..slash].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var number = int.Parse(s[..slash], System.Globalization.CultureInfo.InvariantCulture);
        var year = int.Parse(s[(slash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2100)
        {
            return false;
        }

        var start = t[i].Start;
        facts.Add(new Fact(start, start + slash, FactKind.Quantity, FactValue.FromNumber(number)));
        facts.Add(new Fact(start + slash + 1, t[i].End, FactKind.Date, FactValue.FromDate(new PartialDate(year, 0, 0, null))));
        return true;
    }

    /// <summary>No., Nomor, Number (or No without its dot) just before the token.</summary>
    private bool IsReferenceMarker(int k)
    {
        if (t.IsSymbol(k, '.'))
        {
            k--;
        }

        return t.WordIs(k, "no") || t.WordIs(k, "nomor") || t.WordIs(k, "number") || t.WordIs(k, "nr");
    }
}
