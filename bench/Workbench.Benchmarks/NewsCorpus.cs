using System.Globalization;
using System.Text;

namespace Workbench.Benchmarks;

/// <summary>
/// Generates Indonesian news-like text and (source, translation) pairs from templates with varied numbers, dates,
/// times, names and quotes, so the benchmark needs no data files. Seeded: every run measures the same text.
/// </summary>
internal static class NewsCorpus
{
    private static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;
    private static readonly string[] Names = ["Sabrina Singh", "Mark Rutte", "Antony Blinken", "Sri Mulyani", "Yoon Suk-yeol", "Retno Marsudi", "Prabowo Subianto"];
    private static readonly string[] PlacesId = ["Rusia", "Korea Utara", "Ukraina", "Jawa Barat", "Oblast Kursk", "Sumatra Utara", "Amerika Serikat"];
    private static readonly string[] PlacesEn = ["Russia", "North Korea", "Ukraine", "West Java", "Kursk Oblast", "North Sumatra", "the United States"];
    private static readonly string[] MonthsId = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
    private static readonly string[] DaysId = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    /// <summary>One (source, translation) sentence pair; about one in five has a planted error.</summary>
    public static (string Source, string Target) Pair(Random random)
    {
        var n = random.Next(2, 900_000);
        var dec = random.Next(1, 999) / 10m;
        var name = Names[random.Next(Names.Length)];
        var p = random.Next(PlacesId.Length);
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(700));
        var hour = random.Next(0, 24);
        var minute = random.Next(0, 60);
        var wrong = random.Next(5) == 0;
        var shownN = wrong ? n + 1 : n;
        return random.Next(6) switch
        {
            0 => ($"Sekitar {n.ToString("N0", Id)} tentara dikirim ke {PlacesId[p]}, kata juru bicara {name}.",
                  $"About {shownN.ToString("N0", En)} troops were sent to {PlacesEn[p]}, spokesperson {name} said."),
            1 => ($"Ekonomi {PlacesId[p]} tumbuh {dec.ToString("N1", Id)} persen pada {DateId(date)}.",
                  $"{PlacesEn[p]}'s economy grew {dec.ToString("N1", En)} percent on {DateEn(wrong ? date.AddDays(1) : date)}."),
            2 => ($"Gempa mengguncang {PlacesId[p]} pukul {hour:D2}.{minute:D2} WIB, {DaysId[(int)date.DayOfWeek]} ({date.Day}/{date.Month}/{date.Year}).",
                  $"An earthquake struck {PlacesEn[p]} at {hour:D2}:{(wrong ? (minute + 1) % 60 : minute):D2} WIB on {date.DayOfWeek} ({date:MMM d, yyyy})."),
            3 => ($"“Kami tidak akan mundur,” ujar {name} kepada wartawan.",
                  wrong ? $"“We will retreat,” {name} told reporters." : $"“We will not retreat,” {name} told reporters."),
            4 => ($"Nilai proyek di {PlacesId[p]} mencapai Rp {dec.ToString("N1", Id)} triliun.",
                  $"The project in {PlacesEn[p]} is worth Rp {dec.ToString("N1", En)} {(wrong ? "billion" : "trillion")}."),
            _ => ($"Ribuan warga {PlacesId[p]} mengungsi setelah banjir merendam {n.ToString("N0", Id)} rumah.",
                  $"Thousands of residents of {PlacesEn[p]} fled after floods inundated {shownN.ToString("N0", En)} homes."),
        };
    }

    /// <summary>Indonesian paragraphs of about <paramref name="bytes"/> UTF-8 bytes in total.</summary>
    public static List<string> Paragraphs(int bytes, int seed = 42)
    {
        var random = new Random(seed);
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        var total = 0;
        while (total < bytes)
        {
            for (var s = 0; s < 5; s++)
            {
                paragraph.Append(Pair(random).Source).Append(' ');
                paragraph.Append(Filler[random.Next(Filler.Length)]).Append(' ');
            }

            var text = paragraph.ToString().TrimEnd();
            paragraphs.Add(text);
            total += Encoding.UTF8.GetByteCount(text) + 1;
            paragraph.Clear();
        }

        return paragraphs;
    }

    private static string DateId(DateOnly d) => $"{DaysId[(int)d.DayOfWeek]}, {d.Day} {MonthsId[d.Month - 1]} {d.Year}";

    private static string DateEn(DateOnly d) => d.ToString("dddd, MMMM d, yyyy", En);

    private static readonly string[] Filler =
    [
        "Pengumuman ini secara signifikan meningkatkan kekhawatiran bahwa perang dapat meluas sebagai akibat dari intervensi militer.",
        "Pemerintah belum memutuskan apakah akan menaikkan harga bahan bakar dalam waktu dekat.",
        "Seorang pejabat Kementerian Luar Negeri tidak mengonfirmasi laporan media tentang pengerahan pasukan tersebut.",
        "Menurut data kementerian, jumlah pengungsi terus bertambah seiring meningkatnya intensitas serangan.",
        "Hal itu disampaikan dalam konferensi pers di Jakarta, seperti dilansir dari Antara.",
        "Warga diminta tetap waspada terhadap potensi bencana susulan di wilayah tersebut.",
    ];
}
