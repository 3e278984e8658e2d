using System.Globalization;
using System.Text;

namespace Workbench.EndToEnd.Perf;

/// <summary>
/// Generates a long, realistic-looking Indonesian news text for load measurements: a headline and
/// <c>segments - 1</c> distinct body sentences (quotes, officials, places, numbers written the
/// Indonesian way such as 10.000 and 4,8 persen, dates, times, rupiah amounts) in paragraphs of two to
/// four sentences. The same <c>seed</c> always gives the same text, and the segmenter
/// splits it into exactly <c>segments</c> segments, none excluded as boilerplate (the perf tests check this).
/// </summary>
public static class IndonesianNewsGenerator
{
    /// <summary>Indonesian number formatting (10.000 and 4,8), without depending on the machine's ICU data.</summary>
    private static readonly NumberFormatInfo Id = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };

    private static readonly string[] People =
    [
        "Sri Wahyuni", "Agus Santoso", "Dewi Lestari", "Bambang Sutrisno", "Rina Marlina", "Hendra Gunawan",
        "Siti Nurhaliza Putri", "Yusuf Hidayat", "Made Wirawan", "Lukas Enembe Jr", "Maria Ulfa", "Teguh Prasetyo",
        "Andi Mallarangeng", "Nur Aini", "Fransiskus Xaverius", "Ketut Sudarsana", "Rahmat Hidayat", "Indah Permatasari",
    ];

    private static readonly string[] Roles =
    [
        "Menteri Keuangan", "juru bicara Kementerian Luar Negeri", "Kepala Badan Pusat Statistik", "Gubernur Jawa Barat",
        "Wali Kota Surabaya", "Kepala Dinas Kesehatan setempat", "Direktur Utama perusahaan itu", "pengamat ekonomi Universitas Indonesia",
        "Kepala Kepolisian Daerah", "Ketua Komisi IV DPR", "juru bicara Badan Nasional Penanggulangan Bencana", "Bupati Sleman",
    ];

    private static readonly string[] Places =
    [
        "Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar", "Balikpapan", "Palembang",
        "Yogyakarta", "Kupang", "Jayapura", "Pontianak", "Manado", "Padang", "Banda Aceh", "Mataram", "Ambon",
    ];

    private static readonly string[] Organisations =
    [
        "Badan Pusat Statistik (BPS)", "Bank Indonesia", "Kementerian Kesehatan", "Badan Nasional Penanggulangan Bencana (BNPB)",
        "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)", "Kementerian Pertanian", "Otoritas Jasa Keuangan (OJK)",
        "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "Komisi Pemberantasan Korupsi (KPK)", "PT Kereta Api Indonesia",
    ];

    private static readonly string[] Things =
    [
        "wisatawan mancanegara", "penerima bantuan sosial", "kasus demam berdarah", "pengungsi", "penumpang kereta api",
        "pelaku usaha mikro", "rumah rusak", "peserta vaksinasi", "pekerja migran", "hektare sawah terendam banjir",
    ];

    private static readonly string[] Days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

    private static readonly string[] Months =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    private static readonly string[] Quotes =
    [
        "Kami akan terus memantau perkembangan di lapangan dan memastikan bantuan tiba tepat waktu",
        "Situasinya masih terkendali, tetapi masyarakat diminta tetap waspada",
        "Angka ini menunjukkan pemulihan yang lebih cepat dari perkiraan kami",
        "Kami tidak akan menoleransi pelanggaran dalam bentuk apa pun",
        "Program ini harus dirasakan langsung oleh warga di daerah terpencil",
        "Koordinasi dengan pemerintah daerah sudah kami lakukan sejak pekan lalu",
    ];

    private delegate string Template(Random r);

    private static readonly Template[] Templates =
    [
        r => $"{Pick(r, Organisations)} mencatat jumlah {Pick(r, Things)} di {Pick(r, Places)} mencapai {Count(r)} pada {Pick(r, Months)} {Year(r)}, naik {Percent(r)} dibandingkan periode yang sama tahun lalu.",
        r => $"“{Pick(r, Quotes)},” kata {Pick(r, People)}, {Pick(r, Roles)}, di {Pick(r, Places)}, {Date(r)}.",
        r => $"Menurut data {Pick(r, Organisations)}, anggaran sebesar {Money(r)} telah disalurkan kepada {Count(r)} penerima manfaat hingga akhir {Pick(r, Months)}.",
        r => $"Pemerintah daerah menargetkan pembangunan {Count(r)} unit rumah layak huni di {Pick(r, Places)} sebelum {DateOnly(r)}.",
        r => $"Harga beras medium di pasar tradisional {Pick(r, Places)} tercatat Rp {r.Next(11, 16)}.{r.Next(0, 10)}00 per kilogram pada {Pick(r, Days)} pagi, sedikit lebih tinggi dari pekan sebelumnya.",
        r => $"Sebanyak {r.Next(150, 9000).ToString("N0", Id)} personel gabungan dikerahkan untuk mengamankan kegiatan tersebut, ujar {Pick(r, People)} kepada wartawan.",
        r => $"Gempa bermagnitudo {r.Next(3, 7)},{r.Next(0, 10)} mengguncang wilayah sekitar {Pick(r, Places)} pada pukul {r.Next(0, 24):00}.{r.Next(0, 60):00} WIB, menurut {Pick(r, Organisations)}.",
        r => $"Nilai tukar rupiah ditutup melemah {r.Next(5, 180)} poin ke level {r.Next(15, 17)}.{r.Next(100, 1000)} per dolar AS pada perdagangan {Pick(r, Days)} sore.",
        r => $"Dalam kesempatan itu, {Pick(r, People)} juga meminta masyarakat di {Pick(r, Places)} untuk tidak mudah percaya pada informasi yang belum terverifikasi.",
        r => $"Pertumbuhan ekonomi pada triwulan {Pick(r, ["pertama", "kedua", "ketiga", "keempat"])} {Year(r)} tercatat {Percent(r)}, sedikit di bawah target pemerintah sebesar {Percent(r)}.",
        r => $"Sekitar {Count(r)} warga terdampak banjir yang melanda {r.Next(3, 40)} kecamatan di {Pick(r, Places)} sejak {Date(r)}.",
        r => $"Kejaksaan menyebut kerugian negara akibat kasus itu diperkirakan mencapai {Money(r)}, dan {r.Next(2, 15)} orang telah ditetapkan sebagai tersangka.",
        r => $"{Pick(r, People)}, {Pick(r, Roles)}, mengatakan evaluasi menyeluruh akan dilakukan sebelum program diperluas ke {r.Next(5, 38)} provinsi lain.",
        r => $"Penerbangan dari {Pick(r, Places)} menuju {Pick(r, Places)} sempat tertunda {r.Next(20, 240)} menit karena cuaca buruk, kata petugas bandara.",
        r => $"Data {Pick(r, Organisations)} menunjukkan tingkat pengangguran terbuka turun menjadi {Percent(r)} atau sekitar {Count(r)} orang.",
        r => $"Rapat koordinasi yang digelar di {Pick(r, Places)} pada {Date(r)} itu dihadiri perwakilan dari {r.Next(4, 30)} kementerian dan lembaga.",
    ];

    public const int DefaultSeed = 20241029;

    public static string Generate(int segments, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(segments, 2);
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder(segments * 180);
        text.Append("Laporan Khusus: Ekonomi, Bencana dan Pelayanan Publik di ").Append(Places.Length).Append(" Kota Sepanjang ").Append(Year(random)).Append("\n\n");
        var body = segments - 1;
        var inParagraph = 0;
        var paragraphLength = random.Next(2, 5);
        for (var i = 0; i < body; i++)
        {
            string sentence;
            do
            {
                sentence = Templates[random.Next(Templates.Length)](random);
            }
            while (!seen.Add(sentence));

            if (inParagraph > 0)
            {
                text.Append(' ');
            }

            text.Append(sentence);
            if (++inParagraph == paragraphLength || i == body - 1)
            {
                text.Append("\n\n");
                inParagraph = 0;
                paragraphLength = random.Next(2, 5);
            }
        }

        return text.ToString();
    }

    private static string Pick(Random r, string[] values) => values[r.Next(values.Length)];

    private static int Year(Random r) => r.Next(2019, 2026);

    /// <summary>Indonesian grouping: 10.000, 1.250.000.</summary>
    private static string Count(Random r)
    {
        var magnitude = r.Next(3);
        var value = magnitude switch
        {
            0 => r.Next(120, 1000),
            1 => r.Next(1, 100) * 1000 + r.Next(0, 1000),
            _ => r.Next(100, 5000) * 1000,
        };
        return value.ToString("N0", Id);
    }

    private static string Percent(Random r) => (r.Next(1, 200) / 10.0).ToString("0.0", Id) + " persen";

    private static string Money(Random r) => r.Next(2) == 0
        ? $"Rp {(r.Next(10, 999) / 10.0).ToString("0.0", Id)} triliun"
        : $"Rp {r.Next(12, 990)} miliar";

    private static string DateOnly(Random r) => $"{r.Next(1, 29)} {Pick(r, Months)} {Year(r)}";

    private static string Date(Random r) => $"{Pick(r, Days)}, {DateOnly(r)}";
}
