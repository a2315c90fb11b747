import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../../ingest/readers/csv.ts';
import { retainedHeap } from '../../../helpers/heap.ts';
import { recordProgress } from '../../../helpers/iterate.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

const MB = 1024 * 1024;
const ROWS = 100_000;
const HEADER = 'No. Registrasi;Tahun;Judul Inovasi;Instansi;Ringkasan\n';

/** Every data row has the same byte length, so bytes consumed = rows seen × ROW_BYTES. */
function rowText(index: number): string {
  const id = String(index).padStart(6, '0');
  return `KIPP-2019-${id};2019;Inovasi ${id};Pemerintah Kota Padang;"${'Ringkasan panjang. '.repeat(25)}"\n`;
}
const ROW_BYTES = Buffer.byteLength(rowText(0));
const FILE_BYTES = HEADER.length + ROWS * ROW_BYTES;

let temp: TempDir;
let path: string;

beforeAll(async () => {
  temp = await makeTempDir('csv-stream');
  path = temp.file('big.csv');
  const out = createWriteStream(path);
  out.write(HEADER);
  for (let start = 0; start < ROWS; start += 1000) {
    let chunk = '';
    for (let index = start; index < start + 1000; index += 1) chunk += rowText(index);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
});

afterAll(async () => {
  await temp.remove();
});

describe('readCsvRows on a ~50 MB file', () => {
  it('is about 50 MB', () => {
    expect(ROW_BYTES).toBe(538);
    expect(FILE_BYTES).toBeGreaterThan(50 * MB);
  });

  it('streams: it reads little ahead of the rows it gives, and retains little heap', async () => {
    const progress = recordProgress();
    const before = retainedHeap();
    let rows = 0;
    let furthestAhead = 0;
    let mostRetained = 0;
    for await (const { row } of readCsvRows(path, 'Judul Inovasi', progress)) {
      rows = row;
      if (row % 5_000 !== 0) continue;
      furthestAhead = Math.max(furthestAhead, progress.advanced - (row - 1) * ROW_BYTES);
      if (row % 25_000 === 0) mostRetained = Math.max(mostRetained, retainedHeap() - before);
    }
    expect(rows).toBe(ROWS + 1);
    expect(progress.advanced).toBe(FILE_BYTES);
    // Loading the file whole would read all 50 MB ahead and retain at least as much.
    expect(furthestAhead).toBeLessThan(2 * MB);
    expect(mostRetained).toBeLessThan(8 * MB);
  });
});
