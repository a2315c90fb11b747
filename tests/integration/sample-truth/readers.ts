/**
 * How a reader tells what a record is about from its title and unit, written from the words
 * of public-service titles and independently of the generator's vocabulary: a title word
 * names the sectors a category of that record may fall in.
 */
const titleWords: readonly (readonly [RegExp, readonly string[]])[] = [
  [/stunting|gizi|balita|tumbuh kembang|posyandu/, ['kesehatan']],
  [
    /puskesmas|rsud|rumah sakit|pasien|dokter|rujukan|gawat darurat|ambulan|psc 119|obat|kesehatan|sehat|jiwa|merokok|kanker|hipertensi|diabetes|prolanis|bayi|babies|jkn|faskes/,
    ['kesehatan'],
  ],
  [
    /ibu hamil|persalinan|bidan|dukun|\basi\b|menyusui|ayah siaga|ibu (dan anak|muda|melahirkan)/,
    ['kesehatan', 'perempuan-anak'],
  ],
  [/jamban|sanitasi|buang air/, ['kesehatan', 'lingkungan', 'infrastruktur-transportasi']],
  [/pangan aman|keamanan pangan|bahan berbahaya|jajanan|izin edar|makanan/, ['kesehatan']],
  [/sekolah|pendidikan|literasi|baca|guru|beasiswa|belajar|pelajar|siswa/, ['pendidikan']],
  [/kependudukan|adminduk|ktp|akta|identitas anak|dukcapil/, ['kependudukan']],
  [
    /bantuan sosial|bansos|miskin|kemiskinan|disabilitas|layak huni|lansia sejahtera|kesejahteraan/,
    ['sosial-kemiskinan'],
  ],
  [
    /perempuan|perlindungan anak|perkawinan|pernikahan dini|kekerasan|layak anak|ramah anak|calon pengantin/,
    ['perempuan-anak', 'sosial-kemiskinan'],
  ],
  [
    /umkm|usaha mikro|wirausaha|produk|kredit|pembiayaan|ekonomi|\bbank\b|\bagen\b|tabungan|menabung|ekspor|\bpasar\b/,
    ['ekonomi-umkm'],
  ],
  [/\bizin|perizinan|investasi|mal pelayanan|satu pintu/, ['perizinan-investasi']],
  [/badan hukum|perseroan|fidusia/, ['perizinan-investasi', 'hukum']],
  [
    /\btani|petani|pertanian|padi|pupuk|benih|pangan|lahan|tanam|perkebunan|kopi|beras|gabah|biochar/,
    ['pertanian-pangan', 'ekonomi-umkm'],
  ],
  [
    /ikan|nelayan|perikanan|rumput laut|budidaya/,
    ['kelautan-perikanan', 'pertanian-pangan', 'ekonomi-umkm'],
  ],
  [/wisata|budaya|seni|sanggar|festival/, ['pariwisata-budaya', 'ekonomi-umkm']],
  [
    /\bkerja\b|pekerja|kartu kuning|lowongan|keterampilan|migran|jaminan hari tua/,
    ['ketenagakerjaan', 'ekonomi-umkm'],
  ],
  [
    /desa (digital|cerdas|terkoneksi)|data desa|profil desa|surat desa|internet desa|layanan desa|keuangan desa|melek informasi/,
    ['desa-pemberdayaan'],
  ],
  [/lalu lintas|tilang/, ['keamanan-ketertiban', 'infrastruktur-transportasi']],
  [
    /angkutan|\bbus\b|transportasi|parkir|kendaraan|\bkir\b|jalan|tiket|kereta|pelabuhan|berlayar|kiriman|paket|\bpos\b/,
    ['infrastruktur-transportasi'],
  ],
  [
    /air bersih|air minum|meter air|rekening air|pipa|sambungan rumah/,
    ['infrastruktur-transportasi', 'kesehatan', 'lingkungan'],
  ],
  [/tanah|sertipikat|pertanahan/, ['infrastruktur-transportasi']],
  [/banjir|longsor|bencana|evakuasi|kerentanan/, ['kebencanaan', 'lingkungan']],
  [/sampah|kompos|lingkungan bersih|iklim/, ['lingkungan']],
  [/listrik|energi|\bbbm\b|elpiji|mineral|batubara/, ['energi']],
  [
    /pajak|retribusi|\bpbb\b|\bspt\b|lelang|pencairan dana|penerimaan negara|satuan kerja|kepabeanan|\bbea\b|cukai|barang kiriman|impor|keuangan/,
    ['keuangan-pajak'],
  ],
  [/polisi|\bsim\b|skck|patroli|sambang|kehilangan/, ['keamanan-ketertiban']],
  [/paspor|imigrasi/, ['hukum', 'kependudukan']],
  [/warga binaan|lapas|pemasyarakatan|sidang|perkara|gugatan|hukum|pengadilan/, ['hukum']],
];

/** Sectors any innovation may also be filed under: governance and digital services. */
export const generalSectors: ReadonlySet<string> = new Set(['tata-kelola', 'teknologi-digital']);

/** Title words of governance and digital subjects: they say only general sectors. */
const generalWords =
  /pengaduan|aduan|aspirasi|\blapor\b|satu data|statistik|arsip|dokumen|kepegawaian|pegawai|\basn\b|casn|pensiun|jabatan|kinerja|musrenbang|perencanaan|anggaran|inovasi|haji|kekayaan intelektual|intellectual property|aplikasi|sistem informasi|digital|online|elektronik|internet|smart|portal/;

/** The sectors a title names; empty when it names only general ones or none a reader knows. */
export function titleSectors(title: string): Set<string> {
  const text = title.toLowerCase();
  const sectors = new Set<string>();
  for (const [words, named] of titleWords)
    if (words.test(text)) named.forEach((s) => sectors.add(s));
  return sectors;
}

/** True when the title names at least a general subject a reader knows. */
export function saysSomething(title: string): boolean {
  return titleSectors(title).size > 0 || generalWords.test(title.toLowerCase());
}

/** The service units whose kind says their sector. */
const unitKinds: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(Puskesmas|RSUD|RSUP|Rumah Sakit)|Dinas Kesehatan/, ['kesehatan', 'perempuan-anak']],
  [/Dinas Pendidikan/, ['pendidikan']],
  [/Kependudukan dan Pencatatan Sipil/, ['kependudukan']],
  [/^Dinas Sosial/, ['sosial-kemiskinan', 'kesehatan']],
  [/Dinas Perhubungan|Perhubungan Darat|Bina Marga|Pekerjaan Umum/, ['infrastruktur-transportasi']],
  [/Penanggulangan Bencana/, ['kebencanaan']],
  [/Dinas Lingkungan Hidup/, ['lingkungan']],
  [/Dinas Pertanian|Ketahanan Pangan|Dinas Perkebunan/, ['pertanian-pangan', 'ekonomi-umkm']],
  [/Kelautan dan Perikanan|Perikanan Budidaya|Perikanan Tangkap/, ['kelautan-perikanan']],
  [/Dinas Pariwisata|Dinas Kebudayaan/, ['pariwisata-budaya']],
  [/Dinas Tenaga Kerja/, ['ketenagakerjaan']],
  [/Dinas Koperasi|Dinas Perdagangan/, ['ekonomi-umkm']],
  [/Penanaman Modal/, ['perizinan-investasi']],
  [/Pendapatan Daerah|Jenderal Pajak|Bea dan Cukai/, ['keuangan-pajak']],
  [/Pemasyarakatan|Imigrasi|Pengadilan|Administrasi Hukum/, ['hukum', 'kependudukan']],
  [/^Pol(da|res|resta) /, ['keamanan-ketertiban', 'infrastruktur-transportasi']],
  [/Pemberdayaan Perempuan/, ['perempuan-anak']],
];

/** The sectors a unit's kind says, or undefined when its name does not tell. */
export function unitSectors(unit: string): readonly string[] | undefined {
  return unitKinds.find(([name]) => name.test(unit))?.[1];
}

/**
 * Finer subjects than sectors, each the words a title and its summary would share: a summary
 * that shares none with its title tells another story (a queue app that "protects people from
 * dangerous food").
 */
const topics: readonly RegExp[] = [
  /stunting|gizi|balita|tumbuh kembang/,
  /puskesmas/,
  /rumah sakit|rsud|pasien|dokter|rawat jalan|rujukan/,
  /gawat darurat|ambulan/,
  /\bobat/,
  /jiwa/,
  /lansia|lanjut usia/,
  /hamil|persalinan|bidan|melahirkan|kehamilan/,
  /\basi\b|menyusui/,
  /bayi|babies/,
  /jamban|sanitasi|buang air/,
  /kanker/,
  /hipertensi|diabetes|kronis/,
  /rokok/,
  /jkn|jaminan kesehatan|faskes|peserta/,
  /pangan|makanan|jajanan|bahan berbahaya|izin edar/,
  /sekolah|siswa|pelajar|belajar/,
  /literasi|\bbaca|perpustakaan|buku/,
  /guru/,
  /beasiswa/,
  /kependudukan|adminduk|ktp|akta|kartu keluarga|dukcapil|identitas anak|dokumen/,
  /bantuan sosial|bansos|miskin|kemiskinan|kesejahteraan/,
  /disabilitas/,
  /layak huni/,
  /perempuan|kekerasan|perkawinan|pernikahan|\banak\b/,
  /umkm|usaha|produk|pasar|wirausaha|omzet/,
  /\bizin|perizinan|mal pelayanan/,
  /pajak|\bpbb\b|retribusi|\bspt\b/,
  /\btani|petani|padi|pupuk|benih|lahan|tanam|gabah|beras|kopi|perkebunan|biochar/,
  /ikan|nelayan|budidaya|rumput laut|perikanan/,
  /wisata|budaya|seni|sanggar/,
  /\bkerja|pekerja|lowongan|kartu kuning|migran|keterampilan/,
  /angkutan|\bbus\b|penumpang|transportasi/,
  /parkir/,
  /kendaraan|\bkir\b/,
  /\bjalan\b/,
  /bencana|banjir|longsor|evakuasi/,
  /pengaduan|aduan|aspirasi|\blapor/,
  /\bdata\b|statistik/,
  /pegawai|\basn\b|casn|kepegawaian|pangkat|pensiun|kinerja|jabatan/,
  /perencanaan|anggaran|musrenbang/,
  /sampah|kompos|lingkungan bersih/,
  /\bair\b|pipa/,
  /iklim|kerentanan/,
  /listrik|energi|surya/,
  /\bbbm\b|bahan bakar|elpiji|subsidi/,
  /\bbank\b|tabungan|menabung|rekening/,
  /kredit|pembiayaan/,
  /lelang/,
  /kepabeanan|barang|impor|ekspor|\bbea\b|cukai/,
  /pencairan|penerimaan negara|satuan kerja|mineral|batubara/,
  /\bsim\b|skck|polisi|kehilangan|tilang|lalu lintas|patroli|sambang|kriminal/,
  /paspor|imigrasi/,
  /warga binaan|residivisme/,
  /badan hukum|fidusia|perseroan/,
  /sidang|perkara|gugatan|pengadilan|hakim|bantuan hukum/,
  /tanah|sertipikat|pertanahan/,
  /haji|jemaah/,
  /pengantin|\bnikah/,
  /arsip/,
  /tiket|kereta|stasiun/,
  /pelabuhan|kapal|berlayar/,
  /kiriman|paket/,
  /internet/,
  /\bdesa\b/,
];

/** The subjects of `topics` a text names. */
export function topicsOf(text: string): Set<number> {
  const lower = text.toLowerCase();
  return new Set(topics.flatMap((words, i) => (words.test(lower) ? [i] : [])));
}
