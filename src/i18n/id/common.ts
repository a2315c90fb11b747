export const common = {
  'site.name': 'Lumbung Inovasi',
  'site.tagline': 'Portal pengetahuan inovasi pelayanan publik Indonesia',
  'site.description':
    'Lumbung Inovasi menghimpun inovasi pelayanan publik dari KIPP, IGA, dan InoLAN dalam satu tempat, agar instansi pemerintah dapat menemukan inovasi yang sudah terbukti dan mereplikasinya.',
  'cite.title': 'Kutip',
  'cite.text': 'Teks',
  'cite.bibtex': 'BibTeX',
  'cite.ris': 'RIS (Zotero, Mendeley, EndNote)',
  'nav.skipToContent': 'Langsung ke konten utama',
  'nav.language': 'Bahasa',
  'nav.main': 'Navigasi utama',
  'nav.home': 'Beranda',
  'nav.search': 'Cari inovasi',
  'nav.browse': 'Jelajah',
  'nav.breadcrumb': 'Lokasi halaman',
  'nav.switchTo': 'Baca halaman ini dalam',
  'footer.sources': 'Sumber data inovasi: KIPP (KemenPANRB), IGA (Kemendagri), dan InoLAN (LAN).',
  'footer.regions': 'Data wilayah:',
  'footer.regionsLicence': 'lisensi ODbL',
  'footer.browse': 'Jelajahi inovasi',
  'footer.about': 'Tentang data',
  'footer.freshness':
    'Jumlah dan daftar di portal ini dibaca langsung dari indeks pencarian, sehingga mengikuti setiap pemuatan data terbaru.',
  'engineDown.title': 'Pencarian sedang tidak tersedia',
  'engineDown.text':
    'Mesin pencari portal sedang tidak dapat dihubungi. Halaman lain tetap dapat dibuka; silakan coba lagi beberapa saat lagi.',
  'engineDown.home': 'Kembali ke beranda',
} as const satisfies Record<string, string>;
