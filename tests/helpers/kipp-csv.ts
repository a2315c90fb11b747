import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A KIPP 2023 row of Kota Bukittinggi: registration `KIPP-2023-0<n>`, a title and a summary. */
export interface BukittinggiRow {
  n: number;
  title: string;
  summary?: string;
}

const header =
  'No Registrasi,Tahun,Judul Inovasi,Instansi,Klaster,Provinsi,Kabupaten/Kota,Ringkasan';

/** Writes `rows` as a KIPP export `<dir>/<name>.csv`, for tests that ingest a few records. */
export async function writeBukittinggiCsv(
  dir: string,
  name: string,
  rows: readonly BukittinggiRow[],
): Promise<string> {
  const lines = rows.map(
    ({ n, title, summary = '' }) =>
      `KIPP-2023-0${String(n)},2023,${title},Pemerintah Kota Bukittinggi,Kota,Sumatera Barat,Kota Bukittinggi,${summary}`,
  );
  const file = join(dir, `${name}.csv`);
  await writeFile(file, `${[header, ...lines].join('\n')}\n`);
  return file;
}
