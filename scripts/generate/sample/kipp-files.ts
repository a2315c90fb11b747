import type { KippSheetStyle } from '../kipp/layout.ts';
import type { CsvOptions } from '../write/csv.ts';

/** One KIPP export file of the sample and the quirks it carries. */
export interface KippFileSpec {
  /** Relative to the output folder. */
  file: string;
  years: readonly number[];
  csv?: CsvOptions;
  /** XLSX: the data sheet's name and, when the data is not on the first sheet, the one before it. */
  xlsx?: { sheet: string; before?: 'Petunjuk' | 'Rekap' };
  style: KippSheetStyle;
  /** When the export was downloaded: the `created` of an XLSX, the export-date row. */
  exportedOn: Date;
}

const utc = (y: number, m: number, d: number, h = 9, min = 0): Date =>
  new Date(Date.UTC(y, m - 1, d, h, min));

const plainStyle: KippSheetStyle = {
  headers: {},
  omit: [],
  counter: false,
  remark: false,
  messyHeaders: false,
  preamble: [],
  blankRows: 0,
  blankStyle: 'empty',
};

/** Nine exports: XLSX and CSV by turns, every header variant and layout quirk somewhere. */
export const kippFiles: readonly KippFileSpec[] = [
  {
    file: 'kipp/kipp-2014-2015.xlsx',
    years: [2014, 2015],
    xlsx: { sheet: 'Sheet1' },
    exportedOn: utc(2016, 2, 12),
    style: {
      ...plainStyle,
      headers: { regNo: 'No Registrasi' },
      omit: ['adaptability', 'resources', 'video', 'group'],
      preamble: [
        ['DAFTAR PROPOSAL KOMPETISI INOVASI PELAYANAN PUBLIK TAHUN 2014-2015'],
        ['Diunduh: 12 Februari 2016'],
        [],
      ],
    },
  },
  {
    file: 'kipp/kipp-2016.csv',
    years: [2016],
    csv: { delimiter: ',', bom: true, eol: '\r\n', quoteAll: false },
    exportedOn: utc(2017, 1, 9),
    style: {
      ...plainStyle,
      headers: {
        regNo: 'Nomor Registrasi',
        cluster: 'Klaster',
        unit: 'UPP',
        regency: 'Kab/Kota',
        result: 'Penghargaan',
        sdgs: 'SDGs',
        started: 'Mulai Inovasi',
        video: 'Video',
      },
      omit: ['group'],
      blankRows: 0.03,
    },
  },
  {
    file: 'kipp/kipp-2017.xlsx',
    years: [2017],
    xlsx: { sheet: 'Proposal', before: 'Petunjuk' },
    exportedOn: utc(2017, 10, 2, 14, 20),
    style: {
      ...plainStyle,
      headers: { regNo: 'No. Registrasi', cluster: 'Kelompok Instansi', video: 'Tautan Video' },
      preamble: [['Rekap Proposal KIPP 2017'], ['Tanggal ekspor', utc(2017, 10, 2)]],
      blankRows: 0.02,
    },
  },
  {
    file: 'kipp/kipp-2018.csv',
    years: [2018],
    csv: { delimiter: ';', bom: true, eol: '\r\n', quoteAll: false },
    exportedOn: utc(2019, 1, 15, 8, 12),
    style: {
      ...plainStyle,
      preamble: [
        ['KOMPETISI INOVASI PELAYANAN PUBLIK TAHUN 2018'],
        ['Tanggal Ekspor: 15/01/2019 08:12'],
        [],
      ],
      blankRows: 0.03,
      blankStyle: 'delimiters',
    },
  },
  {
    file: 'kipp/kipp-2019.xlsx',
    years: [2019],
    xlsx: { sheet: 'Data' },
    exportedOn: utc(2020, 2, 3),
    style: {
      ...plainStyle,
      headers: { unit: 'UPP', result: 'Capaian', sdgs: 'TPB', started: 'Mulai Inovasi' },
      counter: true,
      messyHeaders: true,
      preamble: [['Daftar Proposal Sinovik 2019']],
    },
  },
  {
    file: 'kipp/kipp-2020-2021.csv',
    years: [2020, 2021],
    csv: { delimiter: ';', bom: false, eol: '\n', quoteAll: true },
    exportedOn: utc(2022, 1, 20),
    style: {
      ...plainStyle,
      headers: {
        regNo: 'No Registrasi',
        cluster: 'Klaster',
        regency: 'Kab/Kota',
        result: 'Penghargaan',
      },
      counter: true,
      remark: true,
      blankRows: 0.02,
    },
  },
  {
    file: 'kipp/kipp-2022.xlsx',
    years: [2022],
    xlsx: { sheet: 'Proposal', before: 'Rekap' },
    exportedOn: utc(2023, 1, 10),
    style: {
      ...plainStyle,
      headers: { regNo: 'Nomor Registrasi', sdgs: 'SDGs', video: 'Video' },
      preamble: [['Data Proposal KIPP 2022'], ['Tanggal Ekspor:', utc(2023, 1, 10)], []],
    },
  },
  {
    file: 'kipp/kipp-2023.csv',
    years: [2023],
    csv: { delimiter: ',', bom: true, eol: '\n', quoteAll: false },
    exportedOn: utc(2024, 2, 5),
    style: {
      ...plainStyle,
      headers: { sdgs: 'TPB', unit: 'UPP', started: 'Mulai Inovasi' },
      messyHeaders: true,
      preamble: [['KIPP 2023 - Ekspor Data Proposal'], ['Tanggal ekspor: 5 Februari 2024'], []],
      blankRows: 0.02,
    },
  },
  {
    file: 'kipp/kipp-2025.xlsx',
    years: [2025],
    xlsx: { sheet: 'Proposal 2025' },
    exportedOn: utc(2025, 9, 30),
    style: {
      ...plainStyle,
      headers: {
        regNo: 'No Registrasi',
        cluster: 'Klaster',
        result: 'Penghargaan',
        sdgs: 'TPB/SDGs',
      },
      messyHeaders: true,
    },
  },
];

/** The first sheet of XLSX files whose data is not on it. */
export const leadingSheets = {
  Petunjuk: [
    ['Petunjuk'],
    ['Lembar Proposal berisi seluruh proposal yang lolos verifikasi administrasi.'],
    ['Kolom Kontak bersifat rahasia dan tidak untuk dipublikasikan.'],
  ],
  Rekap: [
    ['Kelompok Instansi', 'Jumlah Proposal'],
    ['Kementerian', 412],
    ['Lembaga', 198],
    ['Provinsi', 389],
    ['Kabupaten', 1690],
    ['Kota', 511],
    ['BUMN', 143],
    ['BUMD', 135],
  ],
} as const;
