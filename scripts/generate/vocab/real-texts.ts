/**
 * What the sample says of each real innovation of `data/real/innovations.tsv`, by its title:
 * a summary that says no more than the title and the source do (no figures, no dates), the
 * theme its categories and sector come from, its SDGs, and whether it is an app or a system.
 */
export interface RealText {
  theme: string;
  summary: string;
  sdgs: readonly number[];
  digital: boolean;
}

const text = (theme: string, sdgs: number[], digital: boolean, summary: string): RealText => ({
  theme,
  summary,
  sdgs,
  digital,
});

export const realTexts: Readonly<Record<string, RealText>> = {
  'CEK DAN SADARI (Cegah Kanker Serviks dengan Aplikasi MAPLE-S dan Mobil Deteksi Kanker HIBISCUS)':
    text(
      'puskesmas',
      [3, 5],
      true,
      'CEK DAN SADARI adalah inovasi Puskesmas Senen, Dinas Kesehatan Provinsi DKI Jakarta, untuk mencegah kanker serviks: aplikasi MAPLE-S dan mobil deteksi kanker HIBISCUS membantu menemukan kanker serviks sejak dini.',
    ),
  'SIPIL DOYAN JALAN (Sistem Pilih Dokter dan Waktu Pelayanan) Pasien Rawat Jalan Peserta JKN-KIS':
    text(
      'rsud',
      [3],
      true,
      'SIPIL DOYAN JALAN (Sistem Pilih Dokter dan Waktu Pelayanan) adalah sistem Rumah Sakit Umum Daerah Koja yang memungkinkan pasien rawat jalan peserta JKN-KIS memilih dokter dan waktu pelayanannya.',
    ),
  'Si Terpa Daya Jiwa (Sistem Terapi Paripurna melalui Pemberdayaan Orang dengan Gangguan Jiwa)':
    text(
      'rsud',
      [3],
      false,
      'Si Terpa Daya Jiwa adalah sistem terapi paripurna Rumah Sakit Jiwa Daerah Dr. R. M. Soedjarwadi, Provinsi Jawa Tengah, yang memulihkan orang dengan gangguan jiwa melalui pemberdayaan.',
    ),
  'Kabinet Arabika (Kolaborasi Pembinaan Ekonomi Terpadu Kopi Arabika)': text(
    'pertanian',
    [2, 8],
    false,
    'Kabinet Arabika adalah kolaborasi pembinaan ekonomi terpadu Dinas Perkebunan Provinsi Jawa Timur bagi petani dan usaha kopi arabika.',
  ),
  'SIMPADU-PMI (Sarana Informasi dan Pelayanan Terpadu Pekerja Migran)': text(
    'ketenagakerjaan',
    [8, 10],
    false,
    'SIMPADU-PMI adalah sarana informasi dan pelayanan terpadu Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Timur bagi pekerja migran Indonesia (PMI).',
  ),
  'BiRD (Babies Respiratory Distress Recovery Device)': text(
    'rsud',
    [3],
    false,
    'BiRD (Babies Respiratory Distress Recovery Device) adalah alat Rumah Sakit Umum Daerah Ulin, Provinsi Kalimantan Selatan, untuk membantu pemulihan bayi yang mengalami gangguan pernapasan.',
  ),
  'SEJUTA IKAN (Sertifikasi Pengujian Mutu Hasil Perikanan)': text(
    'perikanan',
    [14],
    false,
    'SEJUTA IKAN adalah layanan sertifikasi pengujian mutu hasil perikanan dari Balai Penerapan Mutu Produk Perikanan, Dinas Kelautan dan Perikanan Provinsi Sulawesi Selatan.',
  ),
  'INTIP DAQU (Information Tracer of Intellectual Property and Document Accountability Inquiry)':
    text(
      'kearsipan',
      [9, 16],
      true,
      'INTIP DAQU adalah layanan Pusat Inovasi LIPI untuk menelusuri informasi kekayaan intelektual dan pertanggungjawaban dokumen.',
    ),
  'Cegah Stunting Bersama Dokter Keluarga': text(
    'stunting',
    [2, 3],
    false,
    'Cegah Stunting Bersama Dokter Keluarga adalah inovasi Dinas Kesehatan Provinsi Kepulauan Riau yang melibatkan dokter keluarga dalam pencegahan stunting.',
  ),
  'PSC 119 Satria (Public Safety Center 119 Sistem Aplikasi Terpadu Rujukan dan Informasi Ambulance Gawat Darurat)':
    text(
      'rsud',
      [3],
      true,
      'PSC 119 Satria adalah layanan Public Safety Center 119 Dinas Kesehatan Kabupaten Banyumas: sistem aplikasi terpadu untuk rujukan dan informasi ambulans gawat darurat.',
    ),
  'Pattas Sosial Mitra Kurir Langit (Penanganan Cepat, Tanggap dan Tuntas dalam Pendampingan Warga Miskin Penderita Sakit Kronis)':
    text(
      'sosial',
      [1, 3],
      false,
      'Pattas Sosial Mitra Kurir Langit adalah inovasi Dinas Sosial dan Pemberdayaan Masyarakat Desa Kabupaten Banyumas untuk menangani secara cepat, tanggap dan tuntas pendampingan warga miskin penderita sakit kronis.',
    ),
  'Desa Demit (Desa Dermaji Melek Informasi dan Teknologi)': text(
    'desa-digital',
    [9, 11],
    true,
    'Desa Demit adalah inovasi Pemerintah Desa Dermaji, Kecamatan Lumbir, Kabupaten Banyumas, agar desa dan warganya melek informasi dan teknologi.',
  ),
  'Pendayagunaan Taman PACANTELLS (Pangulinan Cacah Menak - Taman Edukasi Lalu Lintas Sabilulungan)':
    text(
      'transportasi',
      [11],
      false,
      'Pendayagunaan Taman PACANTELLS adalah inovasi Pemerintah Kabupaten Bandung yang memanfaatkan Taman Edukasi Lalu Lintas Sabilulungan sebagai tempat bermain sekaligus belajar tertib berlalu lintas.',
    ),
  'SI PERUT LAPER (Sistem Informasi Peta Peruntukan Lahan Perkebunan)': text(
    'pertanian',
    [2, 15],
    true,
    'SI PERUT LAPER adalah sistem informasi Dinas Perkebunan Provinsi Jawa Barat yang memetakan peruntukan lahan perkebunan.',
  ),
  PeduliLindungi: text(
    'jaminan-kesehatan',
    [3],
    true,
    'PeduliLindungi adalah aplikasi Kementerian Kesehatan yang dipakai masyarakat dalam penanganan pandemi COVID-19.',
  ),
  'PaDi UMKM (Pasar Digital Usaha Mikro Kecil dan Menengah) dari BUMN untuk UMKM Indonesia': text(
    'bumn-umkm',
    [8],
    true,
    'PaDi UMKM (Pasar Digital UMKM) adalah pasar digital Kementerian Badan Usaha Milik Negara yang mempertemukan usaha mikro, kecil dan menengah (UMKM) Indonesia dengan BUMN sebagai pembeli.',
  ),
  'CEISA Barang Kiriman (Consignment Note) - Kemudahan Impor Barang Pekerja Migran Indonesia secara Cepat, Humanis dan Akuntabel':
    text(
      'bea-cukai',
      [8, 17],
      true,
      'CEISA Barang Kiriman adalah layanan kepabeanan elektronik Kementerian Keuangan untuk barang kiriman (consignment note) yang memudahkan impor barang pekerja migran Indonesia secara cepat, humanis dan akuntabel.',
    ),
  'SIMBARA (Sistem Informasi Mineral dan Batubara antar Kementerian/Lembaga)': text(
    'perbendaharaan',
    [16, 17],
    true,
    'SIMBARA (Sistem Informasi Mineral dan Batubara) adalah sistem informasi Kementerian Keuangan yang menyatukan data mineral dan batubara antarkementerian dan lembaga.',
  ),
  'Biochar Three in One (Biotron)': text(
    'pertanian',
    [2, 15],
    false,
    'Biotron (Biochar Three in One) adalah inovasi Kementerian Pertanian yang memanfaatkan biochar untuk memperbaiki kesuburan tanah pertanian.',
  ),
  'Gotong Royong Menuju Tuntas Lima Pilar Program Sanitasi Total Berbasis Masyarakat': text(
    'sanitasi',
    [3, 6],
    false,
    'Inovasi Dinas Kesehatan Kabupaten Sumbawa Barat ini menggerakkan gotong royong warga untuk menuntaskan lima pilar Sanitasi Total Berbasis Masyarakat (STBM).',
  ),
  'Mengembangkan Kemitraan Dukun dan Bidan untuk Mengurangi Angka Kematian Anak dan Ibu Melahirkan':
    text(
      'kia',
      [3, 5],
      false,
      'Inovasi Pemerintah Kabupaten Aceh Singkil ini mengembangkan kemitraan dukun dan bidan untuk mengurangi angka kematian anak dan ibu melahirkan.',
    ),
  'Unit Pelayanan Terpadu Pengentasan Kemiskinan (UPT-PK) - Model Jawaban Problematika Kemiskinan':
    text(
      'sosial',
      [1],
      false,
      'Unit Pelayanan Terpadu Pengentasan Kemiskinan (UPT-PK) adalah unit Pemerintah Kabupaten Sragen yang menyatukan layanan pengentasan kemiskinan di satu tempat.',
    ),
  'SIDIK (Sistem Informasi Data Indeks Kerentanan)': text(
    'iklim',
    [13],
    true,
    'SIDIK (Sistem Informasi Data Indeks Kerentanan) adalah sistem informasi Kementerian Lingkungan Hidup dan Kehutanan yang menyajikan data indeks kerentanan terhadap dampak perubahan iklim.',
  ),
  'Prolanis - One Stop Service Pengelolaan Hipertensi dan Diabetes Melitus di Puskesmas Talagabodas Kota Bandung':
    text(
      'puskesmas',
      [3],
      false,
      'Inovasi Puskesmas Talagabodas, Kota Bandung, ini menyatukan dalam satu layanan pengelolaan penyakit kronis (Prolanis) hipertensi dan diabetes melitus.',
    ),
  'Sistem Informasi Jabatan Provinsi Riau (SI-JABPRI)': text(
    'kepegawaian',
    [16],
    true,
    'SI-JABPRI (Sistem Informasi Jabatan Provinsi Riau) adalah sistem informasi jabatan Pemerintah Provinsi Riau.',
  ),
  'Pembangunan Pengelolaan Keuangan dengan Sistem Keuangan Desa (Siskeudes)': text(
    'desa-digital',
    [16],
    true,
    'Siskeudes (Sistem Keuangan Desa) adalah aplikasi BPKP untuk membangun pengelolaan keuangan desa.',
  ),
};
