/**
 * Category labels of `data/taxonomy/category-sectors.csv` that several themes share, best
 * first. KIPP changed its categories almost every year, so each list names a label per era.
 */
export const healthLabels = [
  'Pelayanan Kesehatan',
  'Kesehatan',
  'Pelayanan Dasar',
  'Ketahanan Institusi Publik di Masa Pandemi dan Antisipasi Pasca Pandemi',
  'Penyediaan Pelayanan Kesehatan',
] as const;

export const socialLabels = [
  'Pelayanan Sosial',
  'Pengentasan Kemiskinan',
  'Sosial',
  'Pelayanan Dasar',
  'Pelayanan Publik Inklusif dan Berkeadilan',
  'Pemberantasan Kemiskinan',
] as const;

export const economyLabels = [
  'Ekonomi dan UMKM',
  'Pertumbuhan Ekonomi dan Kesempatan Kerja',
  'Pertumbuhan Ekonomi dan Daya Saing',
  'Pemerataan Ekonomi dan Penguatan UMKM',
] as const;

export const governanceLabels = [
  'Tata Kelola Pemerintahan',
  'Tata Kelola Penyelenggaraan Pemerintahan',
  'Efektivitas Institusi Publik untuk Mencapai Tujuan Pembangunan Berkelanjutan',
  'Transformasi Digital Pelayanan Publik',
] as const;

export const financeLabels = [
  'Keuangan dan Pendapatan Daerah',
  'Keuangan',
  'Pengelolaan Keuangan Daerah',
] as const;

export const transportLabels = [
  'Infrastruktur dan Transportasi',
  'Perhubungan',
  'Pelayanan Perhubungan',
] as const;

export const lawLabels = ['Penegakan Hukum', 'Pelayanan Hukum'] as const;

/**
 * Labels for an innovation no label of its theme fits in that programme and year: KIPP 2022
 * and 2023 had only three categories, so most innovations went under the governance one.
 */
export const generalLabels = [
  'Tata Kelola Pemerintahan',
  'Tata Kelola Penyelenggaraan Pemerintahan',
  'Efektivitas Institusi Publik untuk Mencapai Tujuan Pembangunan Berkelanjutan',
  'Transformasi Digital Pelayanan Publik',
  'Pemerintahan Umum',
] as const;
