import { financeLabels } from './categories.ts';
import type { Theme } from './theme.ts';
/** Tax, treasury, auction and customs themes of the Ministry of Finance. */
export const financeThemes: readonly Theme[] = [
  {
    key: 'pajak',
    sector: 'keuangan-pajak',
    sdgs: [16, 17],
    opd: [],
    categories: financeLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi', 'Sistem'],
        objects: ['Pajak Online', 'Pelaporan SPT', 'Konsultasi Pajak'],
        tails: ['', '', 'Tanpa Tatap Muka', 'Elektronik'],
        problem: ['wajib pajak harus datang ke kantor pajak untuk melapor dan berkonsultasi'],
        goal: ['mempermudah kepatuhan wajib pajak'],
        action: ['wajib pajak melapor SPT dan berkonsultasi secara daring'],
        results: [
          'kepatuhan pelaporan SPT naik dari {a:60-75}% menjadi {b>a:92}%',
          'antrean di kantor pajak berkurang {a:30-80}%',
        ],
      },
      {
        digital: false,
        heads: ['Klinik', 'Kelas', 'Gerakan'],
        objects: ['Pajak UMKM', 'Relawan Pajak', 'Sadar Pajak Pelajar'],
        tails: ['', '', 'Keliling'],
        problem: ['banyak pelaku usaha kecil belum paham kewajiban pajaknya'],
        goal: ['mendampingi pelaku usaha memenuhi kewajiban pajak'],
        action: ['petugas dan relawan pajak mendampingi pelaku usaha mendaftar dan melapor pajak'],
        results: [
          '{n:500-4800} pelaku usaha terdaftar sebagai wajib pajak baru',
          'penerimaan pajak dari usaha kecil naik {a:10-40}%',
        ],
      },
    ],
  },
  {
    key: 'perbendaharaan',
    sector: 'keuangan-pajak',
    sdgs: [16, 17],
    opd: [],
    categories: financeLabels,
    stories: [
      {
        digital: true,
        heads: ['Sistem', 'Layanan', 'Aplikasi'],
        objects: ['Pencairan Dana', 'Pembayaran Satuan Kerja', 'Penerimaan Negara Bukan Pajak'],
        tails: ['', '', 'Elektronik', 'Terintegrasi'],
        problem: ['pencairan dana satuan kerja lambat dan berbasis kertas'],
        goal: ['mempercepat pelayanan keuangan negara'],
        action: [
          'satuan kerja mengajukan pencairan dana dan menyetor penerimaan negara secara elektronik',
        ],
        results: [
          'waktu pencairan dana turun dari {a:24-72} jam menjadi {b<a} jam',
          '{k:100-900} satuan kerja memakai layanan elektronik',
        ],
      },
    ],
  },
  {
    key: 'lelang',
    sector: 'keuangan-pajak',
    sdgs: [16],
    opd: [],
    categories: financeLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Aplikasi'],
        objects: ['Lelang Online', 'Lelang Barang Milik Negara'],
        tails: ['', '', 'Terbuka'],
        problem: ['peserta lelang harus hadir di kantor lelang'],
        goal: ['membuka lelang barang milik negara kepada semua warga'],
        action: ['peserta mendaftar, menawar dan membayar lelang secara daring'],
        results: [
          'peserta lelang naik dari {a:200-900} orang menjadi {b>a:5000} orang per tahun',
          'hasil lelang naik {a:10-60}%',
        ],
      },
    ],
  },
  {
    key: 'bea-cukai',
    sector: 'keuangan-pajak',
    sdgs: [8, 17],
    opd: [],
    categories: financeLabels,
    stories: [
      {
        digital: true,
        heads: ['Layanan', 'Sistem'],
        objects: ['Kepabeanan Elektronik', 'Barang Kiriman', 'Pemeriksaan Barang Impor Cepat'],
        tails: ['', '', 'Terintegrasi', 'Online'],
        problem: ['pemeriksaan barang impor dan kiriman memakan waktu lama'],
        goal: ['mempercepat layanan kepabeanan'],
        action: ['dokumen kepabeanan diajukan dan diperiksa secara elektronik'],
        results: [
          'waktu pengeluaran barang turun dari {a:3.0-7.0} hari menjadi {b<a} hari',
          'pengaduan barang kiriman berkurang {a:20-60}%',
        ],
      },
      {
        digital: false,
        heads: ['Klinik', 'Layanan', 'Pendampingan'],
        objects: ['Ekspor UMKM', 'Ekspor Produk Daerah'],
        tails: ['', '', 'Terpadu'],
        problem: ['pelaku usaha kecil kesulitan mengurus dokumen ekspor'],
        goal: ['membantu UMKM mengekspor produknya'],
        action: ['petugas bea cukai mendampingi UMKM memenuhi syarat ekspor'],
        results: [
          '{k:10-120} UMKM berhasil mengekspor',
          'nilai ekspor UMKM binaan naik {a:20-80}%',
        ],
      },
    ],
  },
];
