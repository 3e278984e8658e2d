namespace Workbench.Features.Demo;

/// <summary>
/// A short fictional article written for Workbench's demo mode (not a real news story). It exercises
/// what the tools care about: a dateline, Indonesian numbers and dates, a quotation with a claimant,
/// a cited source, a negation, and boilerplate that the importer excludes.
/// </summary>
internal static class DemoArticle
{
    public const string Title = "Demo: Pelabuhan Baru Tanjung Harapan Mulai Beroperasi";

    public const string Text = """
        Pelabuhan Baru Tanjung Harapan Mulai Beroperasi

        Redaksi Demo • 2 November 2026 09.15

        Makassar: Pelabuhan peti kemas Tanjung Harapan di Sulawesi Selatan resmi beroperasi pada Senin, 2 November 2026, setelah pembangunan selama 3 tahun dengan biaya Rp 4,2 triliun.

        Menurut data Kementerian Perhubungan, pelabuhan itu dapat menampung sekitar 1.500.000 TEU per tahun, naik 35 persen dari pelabuhan lama.

        "Kapasitas ini akan menurunkan biaya logistik di kawasan timur Indonesia hingga 2,5 persen," kata Direktur Utama PT Pelabuhan Harapan, Siti Rahmawati, kepada wartawan.

        Namun, Asosiasi Pengusaha Pelayaran menyatakan bahwa tarif bongkar muat belum diumumkan dan pengusaha tidak dilibatkan dalam pembahasan.

        Pelabuhan itu dibuka pukul 09.00 WITA dan melayani kapal pertama, MV Nusantara Jaya, yang membawa 2.400 kontainer.

        Baca juga: Tarif Logistik Nasional Turun pada Kuartal Ketiga

        (DEM)
        """;
}
