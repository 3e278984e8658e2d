namespace Workbench.Core.Facts.Data;

/// <summary>
/// Frequent roots of Indonesian news prose (economy, disasters, elections, crime, transport, daily life) that open
/// sentences and were missing from the general list, so "Truk itu terguling" or "Tanggapan pemerintah lambat" read
/// as names. Words spelt the same in English (pilot, bonus, target) are left out: the untranslated check counts these
/// as Indonesian.
/// </summary>
internal static class IndonesianNewsWords
{
    public const string Words = """
        jarak sayang tanggap pasok truk atlet gaji mantan salat upah cadang daftar pungut hasil sopir kemudi tumpang perak
        kredit belanja laba rugi untung konsumsi tarif ongkos aset siswa guru dosen musim kemarau petir erupsi abu lahar
        awan suara kandidat kampanye debat pilih kotak medali karyawan langgan kendala isu atur regulasi izin larang sanksi
        rata kadar porsi solusi sasar prestasi gagal massa bentrok rusuh gencat sandera tawan ziarah wisata tabung tunjang
        maskapai feri mudik arus macet hewan ternak kambing babi anjing kucing gajah harimau konser tolong panjang pendek
        sehat jawab tanya ambil pindah bahasa sejarah musibah jiwa nyawa mayat tubuh tangan kaki mata darah kamar pintu
        jendela lantai dinding pagar tembok pesan redaksi siaran nahkoda nakhoda kru penumpang panen stok
        """;
}
