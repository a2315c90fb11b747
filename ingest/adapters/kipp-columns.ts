import type { SectionKey } from '../../src/lib/schema/innovation.ts';

/** KIPP headers: the name SOURCES.md gives first, then the variants exports use. */
export const KIPP_COLUMNS = {
  sourceId: ['No. Registrasi', 'No Registrasi', 'Nomor Registrasi'],
  year: ['Tahun'],
  title: ['Judul Inovasi'],
  agency: ['Instansi'],
  cluster: ['Kelompok Instansi', 'Klaster'],
  unit: ['Unit Penyelenggara', 'UPP'],
  province: ['Provinsi'],
  regency: ['Kabupaten/Kota', 'Kab/Kota'],
  category: ['Kategori'],
  award: ['Capaian', 'Penghargaan'],
  sdgs: ['TPB/SDGs', 'SDGs', 'TPB'],
  started: ['Tanggal Mulai', 'Mulai Inovasi'],
  summary: ['Ringkasan'],
  innovators: ['Inovator'],
  video: ['Tautan Video', 'Video'],
  status: ['Status Keberlanjutan'],
  statusDate: ['Tanggal Pemutakhiran'],
} as const satisfies Record<string, readonly [string, ...string[]]>;

export const KIPP_SECTIONS: Partial<Record<SectionKey, string>> = {
  background: 'Latar Belakang',
  novelty: 'Kebaruan',
  implementation: 'Implementasi',
  impact: 'Signifikansi',
  adaptability: 'Adaptabilitas',
  resources: 'Sumber Daya',
  sustainability: 'Keberlanjutan',
};
