import { healthLabels } from './categories.ts';
import type { Theme } from './theme.ts';

/** Health themes of regional governments; ministries and BKKBN run some of them too. */
export const careThemes: readonly Theme[] = [
  {
    key: 'stunting',
    sector: 'kesehatan',
    sdgs: [2, 3],
    opd: ['Dinas Kesehatan', 'Puskesmas', 'Dinas Pengendalian Penduduk dan Keluarga Berencana'],
    categories: [...healthLabels, 'Pelaksanaan Program Makan Bergizi'],
    stories: [
      {
        digital: false,
        heads: ['Gerakan', 'Gerakan Bersama', 'Kampung', 'Rumah', 'Kelas', 'Pojok', 'Posyandu'],
        objects: [
          'Cegah Stunting',
          'Anak Sehat Bebas Stunting',
          'Tumbuh Kembang Anak',
          'Sayang Balita',
          'Peduli Gizi Balita',
        ],
        tails: ['', '', 'Terpadu', 'Berbasis Desa', 'Bersama Kader'],
        problem: [
          'prevalensi stunting pada balita masih di atas target nasional',
          'banyak balita tidak rutin ditimbang sehingga gangguan tumbuh kembang terlambat diketahui',
        ],
        goal: [
          'menurunkan angka stunting pada balita',
          'mencegah stunting sejak seribu hari pertama kehidupan',
        ],
        action: [
          'kader posyandu mendampingi ibu hamil dan balita setiap bulan dan mencatat tumbuh kembang anak',
          'kader posyandu menimbang dan mengukur balita setiap bulan lalu mengunjungi rumah balita yang berat badannya tidak naik',
        ],
        results: [
          'prevalensi stunting turun dari {a:18-38}% menjadi {b<a}% dalam tiga tahun',
          'cakupan penimbangan balita di posyandu naik menjadi {a:80-98}%',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Dapur', 'Rumah', 'Program'],
        objects: ['Makanan Tambahan Balita', 'Gizi Seimbang Balita', 'Pangan Lokal Cegah Stunting'],
        tails: ['', '', 'Berbasis Desa', 'Terpadu'],
        problem: [
          'banyak balita dan ibu hamil kekurangan gizi',
          'banyak ibu hamil kekurangan energi kronis sehingga risiko stunting tinggi',
        ],
        goal: ['memperbaiki gizi balita berisiko stunting'],
        action: [
          'balita berisiko stunting mendapat makanan tambahan berbahan pangan lokal dan kunjungan rumah oleh kader',
        ],
        results: [
          'jumlah balita stunting berkurang {n:40-900} anak dibanding tahun sebelumnya',
          '{a:60-95}% balita penerima makanan tambahan naik berat badannya dalam tiga bulan',
        ],
      },
      {
        digital: false,
        heads: ['Gerakan', 'Program'],
        objects: ['Orang Tua Asuh Stunting', 'Bapak Asuh Anak Stunting'],
        tails: ['', 'Terpadu'],
        problem: ['keluarga balita stunting tidak mampu membeli pangan bergizi'],
        goal: ['menggalang dukungan warga mampu bagi balita stunting'],
        action: [
          'ASN dan pengusaha menjadi orang tua asuh yang membiayai makanan bergizi seorang balita stunting selama enam bulan',
        ],
        results: [
          '{n:50-600} balita stunting mendapat orang tua asuh',
          'prevalensi stunting turun dari {a:18-38}% menjadi {b<a}%',
        ],
      },
      {
        digital: true,
        heads: ['Aplikasi', 'Sistem Informasi', 'Dasbor'],
        objects: ['Pemantauan Stunting', 'Data Stunting Desa', 'Tumbuh Kembang Balita'],
        tails: ['', '', 'Online', 'Terintegrasi'],
        problem: ['data balita stunting tersebar di buku posyandu dan tidak sama antarinstansi'],
        goal: ['memantau setiap balita berisiko stunting dengan data yang sama'],
        action: [
          'kader memasukkan hasil penimbangan balita ke aplikasi dan petugas gizi menindaklanjuti balita yang berisiko',
        ],
        results: [
          'waktu tindak lanjut balita berisiko turun dari {a:20-45} hari menjadi {b<a} hari',
          'prevalensi stunting turun dari {a:18-38}% menjadi {b<a}%',
        ],
      },
    ],
  },
  {
    key: 'puskesmas',
    sector: 'kesehatan',
    sdgs: [3],
    opd: ['Puskesmas', 'Dinas Kesehatan'],
    categories: healthLabels,
    stories: [
      {
        digital: true,
        heads: ['Aplikasi', 'Layanan', 'Sistem'],
        objects: ['Antrian Puskesmas Online', 'Pendaftaran Pasien Puskesmas', 'Daftar Puskesmas'],
        tails: ['', '', 'Online', 'Terpadu'],
        problem: ['antrean pasien di Puskesmas panjang sejak pagi'],
        goal: ['mempercepat layanan kesehatan dasar di Puskesmas'],
        action: [
          'pasien mengambil nomor antrean dari rumah lewat aplikasi dan datang sesuai jadwal',
        ],
        results: [
          'waktu tunggu pasien turun dari {a:60-180} menit menjadi {b<a} menit',
          'kepuasan pasien Puskesmas naik menjadi {a:80-95}%',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Puskesmas', 'Pelayanan', 'Mobil'],
        objects: ['Kesehatan Keliling', 'Kesehatan Desa Terpencil', 'Jemput Bola Pasien'],
        tails: ['', '', 'Terpadu'],
        problem: ['warga desa terpencil sulit menjangkau Puskesmas'],
        goal: ['mendekatkan layanan Puskesmas kepada warga desa terpencil'],
        action: [
          'petugas Puskesmas mendatangi dusun secara terjadwal dengan mobil layanan kesehatan dan memeriksa pasien di tempat',
        ],
        results: [
          'cakupan pemeriksaan kesehatan warga desa terpencil naik dari {a:30-55}% menjadi {b>a:92}%',
          '{n:300-4000} warga terlayani setiap tahun tanpa harus ke Puskesmas',
        ],
      },
      {
        digital: false,
        heads: ['Posyandu', 'Layanan', 'Kelas', 'Gerakan'],
        objects: ['Lansia Sehat', 'Lansia Aktif', 'Kesehatan Lansia'],
        tails: ['', '', 'Mandiri', 'Terpadu'],
        problem: ['kunjungan lansia dan penderita penyakit kronis ke Puskesmas rendah'],
        goal: ['menjaga kesehatan warga lanjut usia'],
        action: [
          'lansia diperiksa tekanan darah dan gula darahnya setiap bulan di posyandu lansia dan diajak senam bersama',
        ],
        results: [
          'cakupan pemeriksaan lansia naik dari {a:25-50}% menjadi {b>a:90}%',
          '{n:120-2500} lansia rutin diperiksa setiap bulan',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Klinik', 'Gerakan'],
        objects: ['Kesehatan Jiwa Masyarakat', 'Peduli Kesehatan Jiwa'],
        tails: ['', 'Terpadu', 'Berbasis Masyarakat'],
        problem: ['orang dengan gangguan jiwa di desa banyak yang tidak berobat'],
        goal: ['mendampingi orang dengan gangguan jiwa sampai pulih'],
        action: [
          'petugas Puskesmas dan kader jiwa mengunjungi pasien gangguan jiwa di rumah dan memastikan obatnya diminum',
        ],
        results: [
          'pasien gangguan jiwa yang berobat rutin naik dari {a:20-45}% menjadi {b>a:90}%',
          '{k:5-60} pasien yang dipasung dibebaskan dan dirawat',
        ],
      },
    ],
  },
  {
    key: 'rsud',
    sector: 'kesehatan',
    sdgs: [3],
    opd: ['RSUD'],
    categories: healthLabels,
    stories: [
      {
        digital: true,
        heads: ['Sistem', 'Layanan', 'Aplikasi'],
        objects: ['Rujukan Terintegrasi', 'Rujukan Pasien Online'],
        tails: ['', 'Terpadu', 'Satu Pintu'],
        problem: [
          'pasien rujukan dari Puskesmas sering ditolak karena tempat tidur rumah sakit penuh',
        ],
        goal: ['mempercepat rujukan pasien ke rumah sakit'],
        action: [
          'Puskesmas melihat ketersediaan tempat tidur dan mengirim rujukan ke rumah sakit lewat satu sistem',
        ],
        results: [
          'waktu penanganan pasien rujukan turun dari {a:90-240} menit menjadi {b<a} menit',
          '{a:85-99}% rujukan diterima pada kesempatan pertama',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Pelayanan', 'Tim'],
        objects: ['Gawat Darurat Cepat', 'Gawat Darurat Terpadu'],
        tails: ['', '24 Jam'],
        problem: ['angka kematian pasien gawat darurat di rumah sakit masih tinggi'],
        goal: ['meningkatkan keselamatan pasien gawat darurat'],
        action: ['tim gawat darurat siaga 24 jam menjemput dan menangani pasien dalam waktu emas'],
        results: [
          'waktu tanggap pasien gawat darurat turun dari {a:15-40} menit menjadi {b<a} menit',
          'angka kematian pasien gawat darurat turun dari {a:4.0-9.0}% menjadi {b<a}%',
        ],
      },
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi', 'Sistem'],
        objects: ['Pasien Rawat Jalan', 'Pasien Tanpa Antre', 'Jadwal Dokter Online'],
        tails: ['', 'Terpadu'],
        problem: ['pasien rawat jalan menunggu lama untuk bertemu dokter'],
        goal: ['mempercepat pelayanan pasien rawat jalan'],
        action: [
          'pasien memilih dokter dan jam periksa lewat aplikasi sebelum datang ke rumah sakit',
        ],
        results: [
          'waktu tunggu rawat jalan turun dari {a:120-300} menit menjadi {b<a} menit',
          'kepuasan pasien rawat jalan naik menjadi {a:80-95}%',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Program'],
        objects: ['Obat Antar ke Rumah', 'Antar Obat Pasien Kronis'],
        tails: ['', 'Gratis'],
        problem: ['pasien penyakit kronis harus datang setiap bulan hanya untuk mengambil obat'],
        goal: ['memudahkan pasien penyakit kronis mendapat obat'],
        action: ['obat pasien penyakit kronis diantar ke rumah oleh petugas rumah sakit'],
        results: [
          'kepatuhan minum obat pasien kronis naik dari {a:40-65}% menjadi {b>a:95}%',
          '{n:200-3000} paket obat diantar setiap tahun',
        ],
      },
      {
        digital: false,
        heads: ['Layanan', 'Program', 'Rumah'],
        objects: ['Bayi Baru Lahir', 'Perawatan Bayi Prematur'],
        tails: ['', 'Terpadu'],
        problem: ['angka kematian bayi baru lahir di rumah sakit masih tinggi'],
        goal: ['menyelamatkan bayi baru lahir dengan berat badan rendah'],
        action: ['ibu dan keluarga dilatih merawat bayi berat lahir rendah dengan metode kanguru'],
        results: [
          'angka kematian bayi berat lahir rendah turun dari {a:8-20}% menjadi {b<a}%',
          'lama rawat bayi berat lahir rendah turun dari {a:12-25} hari menjadi {b<a} hari',
        ],
      },
    ],
  },
  {
    key: 'kia',
    sector: 'kesehatan',
    sdgs: [3, 5],
    opd: ['Dinas Kesehatan', 'Puskesmas'],
    categories: healthLabels,
    stories: [
      {
        digital: false,
        heads: ['Gerakan', 'Program', 'Sahabat', 'Layanan'],
        objects: ['Ibu Hamil Risiko Tinggi', 'Ibu Hamil Sehat', 'Persalinan Aman'],
        tails: ['', 'Terpadu', 'Berbasis Desa'],
        problem: [
          'banyak ibu hamil risiko tinggi tidak terdeteksi',
          'angka kematian ibu dan bayi belum turun',
        ],
        goal: ['menurunkan angka kematian ibu dan bayi'],
        action: [
          'setiap ibu hamil risiko tinggi didampingi bidan desa sampai persalinan di fasilitas kesehatan',
        ],
        results: [
          'kematian ibu turun dari {a:6-18} kasus menjadi {b<a} kasus per tahun',
          'persalinan di fasilitas kesehatan naik dari {a:60-85}% menjadi {b>a:99}%',
        ],
      },
      {
        digital: false,
        heads: ['Kelas', 'Rumah', 'Gerakan'],
        objects: ['Ibu Hamil Sehat', 'Ayah Siaga', 'Kesehatan Ibu dan Anak'],
        tails: ['', '', 'Keliling', 'Berbasis Desa'],
        problem: ['banyak ibu hamil dan suami belum tahu tanda bahaya kehamilan'],
        goal: ['meningkatkan layanan kesehatan ibu dan anak (KIA)'],
        action: ['kelas ibu hamil diadakan di setiap desa bersama suami dan bidan'],
        results: [
          'kunjungan pemeriksaan kehamilan lengkap naik dari {a:55-80}% menjadi {b>a:98}%',
          '{n:150-2500} pasangan mengikuti kelas ibu hamil setiap tahun',
        ],
      },
      {
        digital: false,
        heads: ['Sahabat', 'Gerakan', 'Pojok', 'Kelas'],
        objects: ['ASI Eksklusif', 'Menyusui Sehat'],
        tails: ['', '', 'Terpadu'],
        problem: ['cakupan ASI eksklusif masih rendah'],
        goal: ['meningkatkan cakupan ASI eksklusif'],
        action: ['konselor menyusui mendampingi ibu sejak hamil sampai bayi berusia enam bulan'],
        results: [
          'cakupan ASI eksklusif naik dari {a:35-60}% menjadi {b>a:90}%',
          '{k:5-60} ruang laktasi tersedia di kantor dan tempat umum',
        ],
      },
    ],
  },
  {
    key: 'sanitasi',
    sector: 'kesehatan',
    sdgs: [3, 6],
    opd: ['Dinas Kesehatan', 'Puskesmas'],
    categories: [...healthLabels, 'Pelayanan Air Bersih dan Sanitasi'],
    stories: [
      {
        digital: false,
        heads: ['Gerakan', 'Kampung', 'Program'],
        objects: ['Jamban Sehat', 'Stop Buang Air Besar Sembarangan', 'Sanitasi Total'],
        tails: ['', 'Berbasis Masyarakat', 'Gotong Royong'],
        problem: ['banyak keluarga masih buang air besar sembarangan dan diare sering berjangkit'],
        goal: ['mewujudkan desa bebas buang air besar sembarangan'],
        action: ['sanitarian Puskesmas memicu warga membangun jamban sehat secara gotong royong'],
        results: [
          'keluarga dengan jamban sehat naik dari {a:45-70}% menjadi {b>a:99}%',
          'kasus diare turun dari {a:300-1200} kasus menjadi {b<a} kasus per tahun',
        ],
      },
    ],
  },
];
