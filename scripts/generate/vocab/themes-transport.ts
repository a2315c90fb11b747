import { transportLabels } from './categories.ts';
import type { Theme } from './theme.ts';
/** Transport, port, post and rail themes of national agencies and companies. */
export const transportThemes: readonly Theme[] = [
  {
    key: 'angkutan-darat',
    sector: 'infrastruktur-transportasi',
    sdgs: [9, 11],
    opd: [],
    categories: transportLabels,
    stories: [
      {
        digital: false,
        heads: ['Layanan', 'Program'],
        objects: [
          'Bus Perintis',
          'Angkutan Umum Bersubsidi',
          'Angkutan Perkotaan Terjangkau',
          'Bus Antarkota Perbatasan',
        ],
        tails: ['', '', 'Terintegrasi', 'Ramah Disabilitas'],
        problem: ['warga kota dan daerah terpencil kekurangan angkutan umum yang terjangkau'],
        goal: ['menyediakan angkutan umum yang terjangkau'],
        action: [
          'pemerintah membeli layanan bus dari operator sehingga penumpang membayar tarif rendah',
        ],
        results: [
          '{n:1000-4800} penumpang terlayani setiap hari',
          'waktu tunggu bus turun dari {a:30-60} menit menjadi {b<a} menit',
        ],
      },
      {
        digital: true,
        heads: ['Layanan', 'Sistem'],
        objects: ['Uji KIR Elektronik', 'Uji Berkala Kendaraan'],
        tails: ['', ''],
        problem: ['buku uji kendaraan angkutan mudah dipalsukan'],
        goal: ['memastikan kendaraan angkutan laik jalan'],
        action: [
          'hasil uji berkala kendaraan dicatat dalam kartu elektronik yang dapat diperiksa petugas di jalan',
        ],
        results: [
          'pemalsuan dokumen uji berkurang {a:50-95}%',
          '{n:1000-4800} kendaraan diuji setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'bus-kota',
    sector: 'infrastruktur-transportasi',
    sdgs: [9, 11],
    opd: [],
    categories: transportLabels,
    stories: [
      {
        digital: false,
        heads: ['Layanan', 'Program'],
        objects: ['Bus Pengumpan Permukiman', 'Bus Ramah Disabilitas', 'Integrasi Tarif Angkutan'],
        tails: ['', '', 'Terpadu'],
        problem: ['warga permukiman jauh dari halte dan harus berganti angkutan berkali-kali'],
        goal: ['mendekatkan angkutan umum massal ke permukiman warga'],
        action: [
          'bus pengumpan menjemput penumpang di permukiman dan satu tarif berlaku untuk semua perpindahan',
        ],
        results: [
          '{n:1000-4800} penumpang baru setiap hari',
          'biaya perjalanan harian penumpang turun dari Rp{a:15-30} ribu menjadi Rp{b<a} ribu',
        ],
      },
    ],
  },
  {
    key: 'pelabuhan',
    sector: 'infrastruktur-transportasi',
    sdgs: [9, 14],
    opd: [],
    categories: transportLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Sistem'],
        objects: [
          'Izin Berlayar Online',
          'Pelabuhan Digital',
          'Surat Persetujuan Berlayar Elektronik',
        ],
        tails: ['', '', 'Terintegrasi', 'Satu Pintu'],
        problem: ['pengurusan izin berlayar kapal harus datang ke kantor pelabuhan'],
        goal: ['mempercepat layanan kapal di pelabuhan'],
        action: ['nakhoda dan agen kapal mengajukan surat persetujuan berlayar secara daring'],
        results: [
          'waktu terbit surat persetujuan berlayar turun dari {a:4-12} jam menjadi {b<a} jam',
          '{n:500-4800} kapal dilayani setiap bulan',
        ],
      },
    ],
  },
  {
    key: 'pos-logistik',
    sector: 'infrastruktur-transportasi',
    sdgs: [9],
    opd: [],
    categories: transportLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Pos', 'Aplikasi'],
        objects: ['Kiriman Cepat Desa', 'Antar Jemput Paket', 'Pos Belanja Desa', 'Lacak Kiriman'],
        tails: ['', '', 'Online', 'Mobile'],
        problem: ['pengiriman barang ke daerah terpencil lambat dan mahal'],
        goal: ['mempercepat layanan kiriman ke desa'],
        action: [
          'pelanggan memesan dan melacak kiriman lewat aplikasi dan petugas pos menjemput paket ke rumah',
        ],
        results: [
          'waktu kiriman ke desa turun dari {a:5-10} hari menjadi {b<a} hari',
          '{n:1000-4800} kiriman dilayani setiap hari',
        ],
      },
    ],
  },
  {
    key: 'kereta-api',
    sector: 'infrastruktur-transportasi',
    sdgs: [9, 11],
    opd: [],
    categories: transportLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi'],
        objects: [
          'Tiket Kereta Online',
          'Boarding Pengenalan Wajah',
          'Tiket Tanpa Antre',
          'Pemesanan Tiket Kereta Lokal',
        ],
        tails: ['', '', 'Terintegrasi', 'Mobile'],
        problem: ['penumpang harus antre membeli dan mencetak tiket kereta'],
        goal: ['mempermudah pembelian tiket kereta'],
        action: ['penumpang membeli tiket lewat aplikasi dan masuk peron dengan pengenalan wajah'],
        results: [
          'antrean di loket stasiun berkurang {a:50-90}%',
          '{n:1000-4800} tiket terjual daring setiap hari',
        ],
      },
    ],
  },
];
