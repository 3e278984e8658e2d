namespace Workbench.Core.Facts.Data;

/// <summary>
/// More ordinary Indonesian words that news capitalises inside institution names, ranks and titles (Otoritas Jasa
/// Keuangan, Irjen, Komite Olimpiade, Tanah Suci) and that English translates rather than keeps. Without them such
/// words are taken for names and their translation (Jasa → Services, Analisis → Analysis) for a misspelling.
/// Proper names (Pertamina, Senayan) do not belong here: they are kept in translation and must be checked.
/// </summary>
internal static class IndonesianInstitutionWords
{
    public const string Words = """
        jasa otoritas otorita indeks analisis ulama transaksi penjamin simpanan inovasi ketenagakerjaan olimpiade komite
        kehormatan narkotika bea cukai terlarang asal gizi sipil calon tindak tata niaga syariah asuransi pensiun mikro
        transmigrasi hilirisasi imigrasi agraria ruang pangan siber sandi antariksa pos telekomunikasi penyiaran yudisial
        peradilan kepaniteraan inspektorat inspektur deputi asisten bendahara penjabat kabag kasubdit dirut direksi komisaris
        irjen dirjen sekjen sesjen irjenpol brigjen brigjenpol kombes akbp kompol akp iptu ipda aiptu aipda bripka brigpol
        briptu bripda bharada letjen mayjen letkol laksda laksma marsda marsma laksdya marsdya pangdam danrem dandim kasdam
        kapolsek kabareskrim kadiv kabid kasat kanit humas koramil lanal pangkalan marinir batalyon brigade resimen
        infanteri kavaleri zeni kanwil polresta polrestabes istimewa otonomi pemekaran rukun tetangga adat madya dataran
        lembah bukit suci kilang batubara nikel timah bauksit tembaga surya halte perpustakaan arsip
        laboratorium farmasi perawat bidan imunisasi campak demam berdarah tuberkulosis
        hipertensi jantung kanker ginjal paru flu burung cacar monyet endemi epidemi karantina isolasi
        catat pimpin rombak segel blokir pecat beku selidik dakwa gugat aju kabul putus tunda gelar sah cabut terbit siap
        kira proyeksi jamin kecam kritik
        layanan pelayanan publik sipil terpadu satu atap perizinan penanaman modal koordinasi pengendalian pengembangan
        penguatan percepatan penataan pengelolaan pengadaan penjaminan pembinaan pengawasan penegakan pembiayaan
        kepegawaian kependudukan pencatatan sipil catatan perlindungan konsumen persaingan kemitraan ketahanan kedaulatan
        kesejahteraan kemakmuran kemiskinan pengangguran perekonomian perdagangan perindustrian perbendaharaan perpajakan
        kepabeanan pelabuhan penyeberangan angkutan lalu lintas darat perkeretaapian penerbangan kebandarudaraan navigasi
        pencarian pertolongan penyelamatan kebencanaan pemadam damkar kebakaran penyelidik penyidik pengacara advokat
        notaris arbitrase mediasi persidangan dakwaan tuntutan pledoi eksepsi replik duplik banding kasasi peninjauan
        praperadilan kompolnas kejagung kejati kejari pn pt ptun mk ky komnas kpai kppu kpi ppatk bnn
        bais bsn bssn lkpp lan bkn bpkp bpom bapanas bulog kemenhub kemnaker kemenaker kemenpan kemenkumham kemenpora kemenpar
        kemendes kemenperin kemendag kementan kemenlu kemenko menko menkopolkam menko polkam perekonomian pmk marves
        kepala daerah pilgub pilbup pilwalkot paslon capres cawapres caleg timses relawan pendukung simpatisan
        umum ketua harian bendahara pembina penasihat dewan pengurus pusat wilayah cabang ranting anak ranting
        taman nasional cagar alam suaka margasatwa konservasi hutan lindung kawasan ekonomi khusus industri berikat
        gelanggang remaja olahraga pemuda pramuka gugus depan palang merah bulan sabit
        raya agung besar utama induk pusat lama baru tua muda
        pembukaan penutupan peringatan perayaan pelantikan pengukuhan penganugerahan penghargaan anugerah lomba kejuaraan
        turnamen piala liga kompetisi pekan olahraga nasional seleksi kualifikasi penyisihan grup perempat semifinal
        """;
}
