import type { Innovation } from './innovation.ts';

/** One field of the public record, as the data dictionary of PRODUCT.md describes it. */
export interface DictionaryEntry {
  field: keyof Innovation;
  /** The JSON type: `string`, `string?` (may be absent), `number[]`, `enum`, `object[]`… */
  type: string;
  /** What the field means, in Indonesian and in English. */
  id: string;
  en: string;
}

/**
 * The data dictionary: every field of the public record (`innovationSchema`) in its order, once
 * for the page, the downloadable file, the OpenAPI document and the CSV export's header. A unit
 * test holds it to exactly the schema's keys.
 */
export const dataDictionary: readonly DictionaryEntry[] = [
  entry(
    'id',
    'string',
    'Pengenal tetap, sama di setiap pemuatan ulang data yang sama; aman untuk URL.',
    'Stable identifier, the same across re-ingests of the same data; URL-safe.',
  ),
  entry(
    'title',
    'string',
    'Judul sebagaimana ditulis instansi, dibersihkan dari markup.',
    'The title as the agency wrote it, cleaned of markup.',
  ),
  entry(
    'acronym',
    'string?',
    'Akronim bila judul berbentuk “AKRONIM (Kepanjangan)”, mis. `BASABA`.',
    'The acronym when the title has the shape “ACRONYM (Expansion)”, e.g. `BASABA`.',
  ),
  entry(
    'expansion',
    'string?',
    'Kepanjangan akronim, mis. `Bapak Sayang Bayi`.',
    'What the acronym stands for, e.g. `Bapak Sayang Bayi`.',
  ),
  entry('summary', 'string', 'Ringkasan, teks biasa.', 'Summary, plain text.'),
  entry(
    'sections',
    'object',
    'Bagian naratif (teks biasa) bila sumber memilikinya: `background`, `novelty`, `implementation`, `impact`, `adaptability`, `resources`, `sustainability`, `goals`, `benefits`, `results`.',
    'Plain-text narrative sections where the source has them: `background`, `novelty`, `implementation`, `impact`, `adaptability`, `resources`, `sustainability`, `goals`, `benefits`, `results`.',
  ),
  entry(
    'narrativeSource',
    'object?',
    'Rekaman sumber `{programme, sourceId, year}` asal ringkasan dan bagian naratif, utuh dari satu rekaman (yang terbaru yang lengkap).',
    'The source record `{programme, sourceId, year}` the summary and sections come from, whole from one record (the most recent complete one).',
  ),
  entry(
    'otherNarratives',
    'object[]?',
    'Narasi rekaman sumber lain `{source, summary, sections}` bila berbeda, terlama dahulu.',
    'The narratives `{source, summary, sections}` of the other source records where they differ, oldest first.',
  ),
  entry(
    'year',
    'number',
    'Tahun pertama inovasi muncul di program mana pun.',
    'First year the innovation appears in any programme.',
  ),
  entry('years', 'number[]', 'Setiap tahun inovasi muncul.', 'Every year it appears.'),
  entry('agency', 'string', 'Instansi, dinormalkan.', 'The agency (instansi), normalised.'),
  entry('unit', 'string?', 'Unit layanan / OPD.', 'The service unit / OPD.'),
  entry(
    'cluster',
    'enum',
    'Kelompok instansi: `kementerian`, `lembaga`, `provinsi`, `kabupaten`, `kota`, `bumn`, `bumd`.',
    'Kind of agency: `kementerian`, `lembaga`, `provinsi`, `kabupaten`, `kota`, `bumn`, `bumd`.',
  ),
  entry(
    'provinceCode',
    'string?',
    'Kode provinsi Kemendagri, mis. `13`.',
    'Kemendagri province code, e.g. `13`.',
  ),
  entry('province', 'string?', 'Nama resmi provinsi.', 'Official province name.'),
  entry(
    'regencyCode',
    'string?',
    'Kode kabupaten/kota Kemendagri, mis. `13.75`.',
    'Kemendagri regency/city code, e.g. `13.75`.',
  ),
  entry('regency', 'string?', 'Nama resmi kabupaten/kota.', 'Official regency/city name.'),
  entry(
    'sectors',
    'string[]',
    'Sektor menurut taksonomi terpadu lintas program dan tahun (mis. `kesehatan`, `pendidikan`), dipetakan dari setiap kategori sumber.',
    'Sectors of one taxonomy across programmes and years (e.g. `kesehatan`, `pendidikan`), mapped from every source category.',
  ),
  entry(
    'categories',
    'string[]',
    'Label kategori asli, tidak diubah.',
    'The original category labels, unchanged.',
  ),
  entry(
    'sdgs',
    'number[]',
    'Tujuan Pembangunan Berkelanjutan, 1–17.',
    'Sustainable Development Goals, 1–17.',
  ),
  entry(
    'startedOn',
    'string?',
    'Kapan inovasi dimulai (uji coba atau penerapan), ISO sesuai ketelitian sumber: `2016`, `2016-03`, `2016-03-17`.',
    'When the innovation started (trial or roll-out), ISO at the precision the source gives: `2016`, `2016-03`, `2016-03-17`.',
  ),
  entry(
    'digital',
    'boolean?',
    'Digital atau tidak, bila diketahui.',
    'Digital or not, where known.',
  ),
  entry(
    'stage',
    'string?',
    'Tahapan: `inisiatif`, `uji-coba`, `penerapan` (IGA) atau tahap 5D (InoLAN).',
    'Stage: `inisiatif`, `uji-coba`, `penerapan` (IGA) or the 5D stage (InoLAN).',
  ),
  entry(
    'status',
    'enum',
    'Status keberlanjutan: `berlanjut`, `berkembang`, `berhenti`, `vakum`, `tidak-diketahui`.',
    'Sustainability status: `berlanjut`, `berkembang`, `berhenti`, `vakum`, `tidak-diketahui`.',
  ),
  entry(
    'statusUpdatedAt',
    'string?',
    'Tanggal ISO pemutakhiran status terakhir.',
    'ISO date of the last status update.',
  ),
  entry(
    'statusSource',
    'enum?',
    'Siapa yang menyatakan status: `programme` (ekspor program) atau `agency` (pemutakhiran instansi yang disetujui admin).',
    'Who stated the status: `programme` (the programme export) or `agency` (an agency update approved by an administrator).',
  ),
  entry(
    'statusHistory',
    'object[]?',
    'Riwayat pernyataan status `{status, asOf, source, change}`, terbaru dahulu; pernyataan bertanggal terbaru yang berlaku.',
    'History of status statements `{status, asOf, source, change}`, newest first; the newest dated statement applies.',
  ),
  entry(
    'replication',
    'object?',
    'Dari instansi: kontak replikasi kantor `{officeEmail, officePhone, officeWebsite}`, cara mereplikasi, tautan dokumen publik `{title, url}`.',
    'From the agency: the office replication contact `{officeEmail, officePhone, officeWebsite}`, how to replicate, public document links `{title, url}`.',
  ),
  entry(
    'awards',
    'object[]',
    'Penghargaan `{programme, year, level, label}`, mis. KIPP 2018 `top-99`, IGA 2023 penghargaan pemda.',
    'Awards `{programme, year, level, label}`, e.g. KIPP 2018 `top-99`, IGA 2023 regional-government award.',
  ),
  entry(
    'programmes',
    'enum[]',
    'Program: `kipp`, `iga`, `inolan`.',
    'Programmes: `kipp`, `iga`, `inolan`.',
  ),
  entry(
    'provenance',
    'object[]',
    'Asal data `{programme, sourceId, year}` untuk setiap rekaman sumber yang digabung ke sini.',
    'Origin `{programme, sourceId, year}` of every source record merged into this one.',
  ),
  entry(
    'innovators',
    'string[]',
    'Nama inovator sebagaimana dipublikasikan.',
    'Innovators’ names as published.',
  ),
  entry(
    'videoUrl',
    'string?',
    'Tautan video, hanya URL http(s) yang sah.',
    'Video link, only a valid http(s) URL.',
  ),
  entry(
    'interestCount',
    'number',
    'Instansi yang mendaftarkan minat mereplikasi.',
    'Agencies that registered replication interest.',
  ),
  entry(
    'replicationCount',
    'number',
    'Replikasi yang diketahui (dari sumber dan dari pelacakan).',
    'Replications known (from sources and from tracking).',
  ),
  entry(
    'updatedAt',
    'string',
    'Waktu ISO perubahan terakhir rekaman ini.',
    'ISO timestamp of the last change of this record.',
  ),
];

// --- internal ---

function entry(field: keyof Innovation, type: string, id: string, en: string): DictionaryEntry {
  return { field, type, id, en };
}
