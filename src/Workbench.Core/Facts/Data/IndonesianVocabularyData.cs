namespace Workbench.Core.Facts.Data;

/// <summary>
/// Indonesian words (roots and frequent forms) that are not names even when capitalised in titles, institutions
/// and sentence starts. Derived forms (Kementerian, Pertahanan, Pengumuman) are recognized by affix stripping
/// against this list, so roots matter more than forms.
/// </summary>
internal static class IndonesianVocabularyData
{
    public const string Words = """
        yang dan di ke dari untuk dengan ini itu dalam pada tidak tak bukan belum tanpa jangan akan telah sudah adalah ialah
        merupakan oleh karena juga bahwa atau tersebut ia dia mereka kami kita saya aku anda engkau kau beliau kalian para
        bisa dapat lebih harus masih hanya seperti setelah sebelum sebagai tentang jika kalau namun tetapi tapi saat ketika
        sejak hingga sampai sekitar antara terhadap bagi pun lagi pula agar supaya sehingga walau walaupun meski meskipun
        sementara selain selama sedangkan serta baik maupun apakah apa siapa mengapa bagaimana kapan mana sini sana situ
        begitu demikian sangat paling amat cukup terlalu hampir sudah sedang tengah baru lalu kemudian lantas maka pula
        yakni yaitu misalnya contohnya termasuk bahkan justru memang tentu mungkin barangkali pasti tetap selalu sering
        kadang jarang pernah segera langsung kembali lain berbagai setiap tiap semua seluruh segala banyak sedikit beberapa
        sebagian seorang sebuah suatu salah satu dua tiga empat lima enam tujuh delapan sembilan sepuluh ratus ribu juta
        miliar triliun pertama kedua ketiga terakhir atas bawah depan belakang luar samping sisi tengah dekat jauh menurut
        berdasarkan mengenai seputar sekalipun adapun oleh-oleh sendiri bersama secara melalui lewat via per tiap-tiap
        hari minggu bulan tahun pekan pagi siang sore malam kemarin besok lusa kini sekarang nanti dulu dahulu waktu masa
        senin selasa rabu kamis jumat sabtu ahad januari februari maret april mei juni juli agustus september oktober
        november desember pukul jam menit detik abad dekade periode tanggal
        presiden wakil menteri sekretaris jenderal juru bicara gubernur bupati wali walikota ketua kepala direktur
        panglima komandan kapten letnan kolonel mayor sersan brigadir marsekal laksamana jaksa hakim agung duta besar
        perdana raja ratu pangeran putri paus kanselir senator anggota pejabat pemimpin pimpinan tokoh staf pegawai
        profesor doktor dokter insinyur haji bapak ibu pak bu tuan nyonya saudara syekh imam uskup pendeta kiai ustaz
        kepolisian polisi polri tentara prajurit pasukan militer angkatan darat laut udara armada perang tempur serangan
        rudal roket drone senjata bom tank jet pesawat kapal kendaraan artileri amunisi nuklir perbatasan wilayah kawasan
        daerah provinsi kabupaten kota desa kecamatan kelurahan pulau gunung sungai danau selat teluk samudra benua
        jalan jalur tol bandara pelabuhan stasiun terminal gedung istana kantor markas rumah sakit sekolah kampus
        universitas masjid gereja pura vihara pasar toko pabrik tambang kebun hutan lahan tanah air api udara
        utara selatan timur barat tenggara barat daya timur laut raya besar kecil baru lama tua muda tinggi rendah
        negara negeri bangsa rakyat masyarakat warga penduduk pemerintah pemerintahan kerajaan republik federasi uni
        kesatuan persatuan perserikatan serikat kerja sama kerjasama dewan majelis mahkamah komisi badan lembaga
        organisasi institut pusat nasional internasional daerah umum khusus tinggi agung konstitusi keamanan pertahanan
        luar dalam negeri hukum keadilan keuangan kesehatan pendidikan kebudayaan agama sosial tenaga kerja perdagangan
        perindustrian pertanian kehutanan kelautan perikanan perhubungan komunikasi informatika pariwisata ekonomi kreatif
        energi sumber daya mineral lingkungan hidup pekerjaan perumahan desa pembangunan perencanaan pemberdayaan aparatur
        reformasi birokrasi investasi koordinator bidang politik hak asasi manusia intelijen statistik meteorologi
        klimatologi geofisika bencana penanggulangan pemberantasan korupsi pemilihan pemilu pengawas penyelenggara
        partai fraksi koalisi oposisi parlemen kongres senat kabinet kementerian departemen dinas direktorat biro
        sekretariat kantor staf kepresidenan perwakilan kedutaan konsulat markas besar komando daerah resor sektor
        demokrat demokrasi demokratik sosialis komunis liberal nasionalis islam kristen katolik hindu buddha muslim
        umat jemaah pemuda mahasiswa pelajar buruh petani nelayan pedagang pengusaha perusahaan bank dunia moneter dana
        pidana perdata tinggi negeri swasta persero terbuka tbk pt cv yayasan asosiasi himpunan ikatan gabungan forum
        koperasi induk holding grup kelompok gerakan front barisan laskar milisi pejuang pemberontak teroris jaringan
        kata ujar ucap tutur ungkap jelas tegas imbuh tambah sebut terang papar lanjut pungkas klaim akui bantah tolak
        mengatakan menyatakan menyebut menyebutkan berkata menegaskan menjelaskan mengungkapkan menambahkan menuturkan
        menyampaikan mengklaim memperingatkan mengakui membantah menolak meminta mendesak menyerukan mengumumkan
        dilansir dikutip mengutip melansir dilaporkan diberitakan laporan berita media wartawan jurnalis awak pers
        data survei catatan rilis keterangan informasi pernyataan konferensi jumpa sidang rapat pertemuan kunjungan
        perjanjian kesepakatan persetujuan perundingan negosiasi dialog pembicaraan diskusi sengketa konflik krisis
        bantuan kemanusiaan pengungsi korban tewas luka hilang selamat meninggal dunia sakit ledakan kebakaran banjir
        gempa bumi tsunami longsor letusan badai topan kekeringan wabah pandemi virus vaksin obat rumah sakit pasien
        harga biaya anggaran pajak utang pinjaman ekspor impor produksi penjualan pembelian pertumbuhan inflasi suku
        bunga nilai tukar saham obligasi pasar modal bursa rupiah dolar euro yen emas minyak gas batu bara listrik
        beras gula jagung kedelai sawit karet kopi teh cokelat daging ayam sapi ikan telur susu garam bensin solar
        proyek program kebijakan peraturan undang-undang undang pasal ayat nomor keputusan instruksi surat edaran
        pengadilan putusan vonis hukuman penjara tahanan tersangka terdakwa saksi korban pelaku kasus perkara sidang
        penyelidikan penyidikan pemeriksaan penangkapan penahanan operasi razia patroli pengamanan penjagaan
        pengumuman pengerahan pengiriman penempatan perkiraan jumlah angka total rata-rata persen persentase
        ancaman bahaya risiko eskalasi perluasan peningkatan penurunan kenaikan kerugian keuntungan manfaat dampak
        akibat sebab alasan tujuan rencana upaya usaha langkah tindakan aksi kegiatan acara peristiwa kejadian insiden
        hari raya idul fitri adha natal lebaran tahun baru imlek nyepi waisak kemerdekaan proklamasi pahlawan sumpah
        pemuda kebangkitan nasional ibu kota ibukota pusat kota metropolitan
        tim pelatih pemain klub liga piala juara pertandingan laga final semifinal babak gol skor menang kalah seri
        olahraga sepak bola bulu tangkis voli basket tenis atletik renang balap motor mobil sepeda lari maraton
        teknologi digital internet aplikasi situs laman akun platform perangkat lunak keras sistem jaringan satelit
        sains ilmu pengetahuan penelitian riset ilmuwan peneliti ahli pakar pengamat analis ekonom sejarawan
        budaya seni musik film lagu penyanyi aktor aktris artis sutradara buku penulis sastra festival pameran
        perempuan laki-laki pria wanita anak-anak anak bayi remaja dewasa lansia orang keluarga istri suami ayah
        kakak adik nenek kakek teman sahabat musuh lawan kawan sekutu mitra pihak kubu
        baik buruk benar salah penting utama khusus resmi sah ilegal rahasia terbuka tertutup bebas aman bahaya
        damai perang merdeka berdaulat kuat lemah kaya miskin mahal murah cepat lambat mudah sulit sama beda
        signifikan strategis taktis global regional lokal domestik asing nasional internasional bilateral multilateral
        ada adanya tiada punya milik menjadi jadi membuat buat melakukan laku memberikan beri memberi mendapat dapat
        datang pergi tiba pulang masuk keluar naik turun bangun tidur makan minum lihat dengar tahu kenal pikir
        rasa mau ingin perlu butuh coba mulai selesai akhir awal lanjut henti tunggu cari temu bawa kirim terima
        jual beli bayar pakai guna buka tutup tulis baca ajar belajar kerja main bantu jaga lindung serang tembak
        bunuh tangkap tahan lepas bebas usir tolak terima setuju dukung lawan tentang bela hadap hadir ikut tinggal
        duduk berdiri jalan lari terbang layar kirim kerah kembang latih tempur gerak dekat hampir capai raih
        tingkat naik turun tambah kurang lebih hitung ukur nilai kaji teliti periksa uji amati awas pantau
        laporkan umumkan sampaikan katakan jelaskan tegaskan ungkapkan tanyakan sebutkan nyatakan
        sekretaris-jenderal wakil-presiden pelaksana tugas plt
        menlu menhan mendagri menkeu menkes mendikbud wapres kapolri kapolda kapolres panglima kasad kasal kasau
        kemlu kemhan kemendagri kemenkeu kemenkes kemendikbud kemenag kemensos bappenas pemilu pilkada pilpres
        pemprov pemkot pemkab pemda dpr dprd mpr dpd kpk kpu bawaslu bpk bpn bps bnpb bpbd bmkg tni
        minta pinta waspada potensi susul susulan tetap terus selalu masih lagi sudah cuma hanya saja juga pula amat
        kabar warta imbau imbauan anjur anjuran desak tuntut tuntutan protes demo unjuk rasa mogok tolak aksi
        orde rezim era zaman masa kurun pemerintahan kepemimpinan kekuasaan jabatan posisi kursi mandat
        ktt bbm umkm apbn apbd phk asn pns ktp sim ham ott ruu uu perppu perpres pp permen kuhp kuhap bumn bumd ojk
        lps kkp klhk esdm pupr pmi tkw tki wni wna lsm ormas parpol balita bansos blt pkh jkn bpjs ppn pph nik npwp
        sd smp sma smk ptn pts timnas pemkot pemprov satgas satpol polda polres polsek kodam korem kodim lanud
        lantamal brimob densus kopassus paspampres basarnas sar kapal perang dunia
        harga beras minyak goreng cabai bawang telur daging gula tepung garam sayur buah padi gabah pupuk benih
        naik turun melonjak anjlok merosot melemah menguat stabil tinggi rendah murah mahal langka
        hujan lebat deras angin kencang gelombang pasang surut cuaca iklim suhu panas dingin kabut asap polusi
        banjir bandang genangan rob abrasi erosi kebakaran hutan lahan gambut titik api hotspot
        jalan raya tol jembatan bendungan waduk irigasi saluran drainase pipa kabel menara tiang gardu
        pengungsi pengungsian posko tenda logistik bantuan relawan petugas personel aparat regu tim
        tewas meninggal wafat gugur luka berat ringan hilang selamat evakuasi dievakuasi dirawat
        rumah gedung bangunan kantor sekolah pasar toko warung restoran hotel apartemen perumahan permukiman
        kecelakaan tabrakan terbalik tenggelam jatuh terbakar meledak runtuh ambruk roboh longsor amblas
        tersangka pelaku korban saksi terdakwa terpidana narapidana buron tahanan penyidik jaksa pengacara
        menangkap ditangkap menahan ditahan memeriksa diperiksa menggeledah digeledah menyita disita
        putusan vonis banding kasasi grasi remisi pembebasan bersyarat
        mengungsi meletus mengguncang merendam menerjang diterjang menewaskan melukai merusak menghancurkan
        rusak hancur porak poranda parah serius kritis darurat siaga awas normal
        mendapat mendapatkan memperoleh menerima memberikan menyerahkan mengirim mengirimkan menyalurkan
        sepakat kesepakatan menyepakati setuju menyetujui menandatangani ditandatangani meresmikan diresmikan
        meluncurkan diluncurkan membuka dibuka menutup ditutup memulai dimulai mengakhiri berakhir
        membangun dibangun memperbaiki diperbaiki merenovasi direnovasi mengembangkan dikembangkan
        jumlah total sebanyak mencapai sekitar kurang lebih hampir nyaris setidaknya sedikitnya
        terpencil pegunungan pesisir pedalaman perkotaan pedesaan kampung dusun pelosok perbatasan
        menghubungkan penghubung hubung hubungan terhubung
        meninjau tinjau menghadiri hadiri mengunjungi kunjung menemui temu bertemu berkunjung
        tuan rumah tamu undangan delegasi rombongan utusan perwakilan wakil
                stadion arena gelanggang museum monumen tugu taman alun-alun lapangan bandar udara puskesmas klinik apotek
        lapas rutan kejaksaan kejati kejari balai dinas cabang divisi perum perumda politeknik akademi pesantren pondok
        madrasah katedral klenteng candi keraton kesultanan raya agung negeri tinggi menengah dasar terpadu
                hal sesuatu soal masalah persoalan kondisi situasi keadaan cara bentuk jenis bagian kali sebelumnya selanjutnya
        akhirnya sebab apalagi menjelang jelang usai seusai sesudah selagi manakala tatkala adapun bilamana seandainya
        andai sedangkan padahal sebenarnya sesungguhnya tampaknya rupanya ternyata agaknya kiranya tadi barusan
        kemarin pekan bulan lalu depan mendatang silam tersebut berikut berikutnya sekaligus sejumlah seluruhnya
                artikel cek jenazah kereta padam upacara kait terkait ikut ikuti simak baca tonton unduh klik foto video
                berbagai beragam bermacam lainnya sejumlah segenap sekalian seantero seisi sejagat
        """;
}
