/**
 * The KIPP columns of SOURCES.md, each with the header variants exports use. Written from
 * SOURCES.md on purpose rather than imported from the ingest's `kipp-columns.ts`: the sample must
 * test the ingest, so a variant the ingest forgot must not vanish from the sample with it.
 */
export const kippHeaderVariants = {
  regNo: ['No. Registrasi', 'No Registrasi', 'Nomor Registrasi'],
  year: ['Tahun'],
  title: ['Judul Inovasi'],
  agency: ['Instansi'],
  cluster: ['Kelompok Instansi', 'Klaster'],
  unit: ['Unit Penyelenggara', 'UPP'],
  province: ['Provinsi'],
  regency: ['Kabupaten/Kota', 'Kab/Kota'],
  category: ['Kategori'],
  group: ['Kelompok Kompetisi'],
  result: ['Capaian', 'Penghargaan'],
  sdgs: ['TPB/SDGs', 'SDGs', 'TPB'],
  started: ['Tanggal Mulai', 'Mulai Inovasi'],
  summary: ['Ringkasan'],
  background: ['Latar Belakang'],
  novelty: ['Kebaruan'],
  implementation: ['Implementasi'],
  impact: ['Signifikansi'],
  adaptability: ['Adaptabilitas'],
  resources: ['Sumber Daya'],
  sustainability: ['Keberlanjutan'],
  innovators: ['Inovator'],
  contact: ['Kontak'],
  video: ['Tautan Video', 'Video'],
  status: ['Status Keberlanjutan'],
  statusDate: ['Tanggal Pemutakhiran'],
  /** Not in SOURCES.md: columns real exports add, which the ingest ignores. */
  counter: ['No'],
  remark: ['Keterangan'],
} as const;

export type KippColumn = keyof typeof kippHeaderVariants;

/** The name SOURCES.md gives a column: the `field` of a planted note. */
export const fieldName = (column: KippColumn): string => kippHeaderVariants[column][0];

/** Columns in the order most exports have them. */
export const kippColumnOrder: readonly KippColumn[] = [
  'regNo',
  'year',
  'title',
  'agency',
  'cluster',
  'unit',
  'province',
  'regency',
  'category',
  'group',
  'result',
  'sdgs',
  'started',
  'summary',
  'background',
  'novelty',
  'implementation',
  'impact',
  'adaptability',
  'resources',
  'sustainability',
  'innovators',
  'contact',
  'video',
  'status',
  'statusDate',
];

/** What a cell holds: text, a number, or (XLSX only) a date. */
export type Cell = string | number | Date;
export type KippCells = Partial<Record<KippColumn, Cell>>;
