import ExcelJS from 'exceljs';

/** One sheet of a workbook to write: its name and its rows from row 1, cells from column A. */
export interface SheetTable {
  name: string;
  rows: readonly (readonly ExcelJS.CellValue[])[];
}

/** Writes an .xlsx file with exceljs; an empty row in `rows` stays an empty spreadsheet row. */
export async function writeWorkbook(path: string, sheets: readonly SheetTable[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    rows.forEach((cells, index) => {
      if (cells.length > 0) sheet.getRow(index + 1).values = [...cells];
    });
  }
  await workbook.xlsx.writeFile(path);
}

const header = [
  'No. Registrasi',
  'Tahun',
  'Judul Inovasi',
  'Instansi',
  'Kelompok Instansi',
  'Unit Penyelenggara',
  'Provinsi',
  'Kabupaten/Kota',
  'Kategori',
  'Capaian',
  'TPB/SDGs',
  'Tanggal Mulai',
  'Ringkasan',
  'Kontak',
  'Tautan Video',
];

/**
 * A KIPP export whose data is on the sheet `Proposal`, which is not the first sheet: a title
 * and an export date above the header (row 3), rows 4, 5 and 7 of data, row 6 empty. Row 4 has a
 * real date cell and a rich-text title, row 5 an Excel serial date (44256 = 1 March 2021), row 7
 * rich text with markup in the summary and a hyperlink cell.
 */
export const kippWorkbook: readonly SheetTable[] = [
  {
    name: 'Petunjuk',
    rows: [
      ['Petunjuk pengisian: isi sheet Proposal.'],
      ['Judul Inovasi', 'Instansi', 'Tahun'],
      ['Contoh Judul', 'Contoh Instansi', 2023],
    ],
  },
  {
    name: 'Proposal',
    rows: [
      ['Rekap Proposal KIPP 2023'],
      ['Diunduh', new Date(Date.UTC(2023, 9, 2))],
      header,
      [
        'KIPP-2023-00011',
        2023,
        { richText: [{ text: 'CEISA', font: { bold: true } }, { text: ' Barang Kiriman' }] },
        'Kementerian Keuangan',
        'Kementerian',
        'Direktorat Jenderal Bea dan Cukai',
        '',
        '',
        'Efektivitas Institusi Publik untuk Mencapai Tujuan Pembangunan Berkelanjutan',
        'Top 45',
        '16, 17',
        new Date(Date.UTC(2020, 2, 17)),
        'Layanan kepabeanan barang kiriman.',
        'ceisa@customs.go.id 0813-1111-2222',
        'https://www.youtube.com/watch?v=ceisa',
      ],
      [
        'KIPP-2023-00012',
        '2023',
        'SIMBARA (Sistem Informasi Mineral dan Batubara)',
        'Kementerian Keuangan',
        'kementerian',
        'Direktorat Jenderal Anggaran',
        '',
        '',
        'Efektivitas Institusi Publik untuk Mencapai Tujuan Pembangunan Berkelanjutan',
        'Top 45',
        8,
        44256,
        '<p>Satu data <b>minerba</b>&nbsp;terpadu.</p><script>alert(1)</script>',
        'simbara@kemenkeu.go.id',
        '',
      ],
      [],
      [
        'KIPP-2023-00013',
        2023,
        'Biotron',
        'Kementerian Pertanian',
        'Kementerian',
        'Badan Standardisasi Instrumen Pertanian',
        '',
        '',
        'Pelayanan Publik Inklusif dan Berkeadilan',
        'Top 45',
        '2',
        'Juni 2021',
        {
          richText: [
            { text: 'Pupuk hayati ', font: { italic: true } },
            { text: '<img src=x onerror=alert(1)>untuk petani.' },
          ],
        },
        '+62 21 7890 1234',
        { text: 'https://youtu.be/biotron', hyperlink: 'https://youtu.be/biotron' },
      ],
    ],
  },
];
