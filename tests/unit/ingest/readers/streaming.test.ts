/*
 * The readers stream: a 1,000,000-row export must never be loaded whole. Each test writes a
 * large file of equal-length records, then checks while iterating that the reader has read
 * little more than the records it gave (bytes read come from its progress reports) and that the
 * heap it retains stays far below the file size.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../../ingest/readers/csv.ts';
import { readJsonItems } from '../../../../ingest/readers/json.ts';
import { readNdjson } from '../../../../ingest/readers/ndjson.ts';
import type { ReadProgress } from '../../../../ingest/readers/types.ts';
import { retainedHeap } from '../../../helpers/heap.ts';
import { recordProgress } from '../../../helpers/iterate.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

const MB = 1024 * 1024;
const summary = 'Ringkasan panjang. '.repeat(25);

let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir('reader-stream');
});
afterAll(async () => {
  await temp.remove();
});

/** Writes `head`, `count` records joined by `separator`, then `tail`; gives the file size. */
async function writeLarge(
  path: string,
  parts: { head: string; record: (index: number) => string; separator: string; tail: string },
  count: number,
): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(parts.head);
  for (let start = 0; start < count; start += 1000) {
    const chunk: string[] = [];
    for (let index = start; index < Math.min(count, start + 1000); index += 1) {
      chunk.push(parts.record(index));
    }
    await write(chunk.join(parts.separator) + (start + 1000 < count ? parts.separator : ''));
  }
  await write(parts.tail);
  out.end();
  await once(out, 'finish');
  return bytes;
}

interface Measured {
  records: number;
  furthestAhead: number;
  mostRetained: number;
  bytesRead: number;
}

/**
 * Iterates a reader; every 5,000 records compares bytes read with bytes given
 * (`recordBytes` a record), every 25,000 samples the retained heap.
 */
async function measure(
  read: (progress: ReadProgress) => AsyncIterable<unknown>,
  recordBytes: number,
): Promise<Measured> {
  const progress = recordProgress();
  const before = retainedHeap();
  let records = 0;
  let furthestAhead = 0;
  let mostRetained = 0;
  const iterator = read(progress)[Symbol.asyncIterator]();
  while (!(await iterator.next()).done) {
    records += 1;
    if (records % 5_000 !== 0) continue;
    furthestAhead = Math.max(furthestAhead, progress.advanced - records * recordBytes);
    if (records % 25_000 === 0) mostRetained = Math.max(mostRetained, retainedHeap() - before);
  }
  return { records, furthestAhead, mostRetained, bytesRead: progress.advanced };
}

describe('readCsvRows on a ~50 MB file', () => {
  const row = (index: number) => {
    const id = String(index).padStart(6, '0');
    return `KIPP-2019-${id};2019;Inovasi ${id};Pemerintah Kota Padang;"${summary}"`;
  };

  it('reads little ahead of the rows it gives and retains little heap', async () => {
    // 16 + 6 + 14 + 1 + 22 + 2 + 475 + 1 characters, and the line end.
    expect(Buffer.byteLength(row(0)) + 1).toBe(538);
    const path = temp.file('big.csv');
    const size = await writeLarge(
      path,
      {
        head: 'No. Registrasi;Tahun;Judul Inovasi;Instansi;Ringkasan\n',
        record: row,
        separator: '\n',
        tail: '\n',
      },
      100_000,
    );
    expect(size).toBeGreaterThan(50 * MB);
    const found = await measure((progress) => readCsvRows(path, 'Judul Inovasi', progress), 538);
    expect(found.records).toBe(100_001);
    expect(found.bytesRead).toBe(size);
    // Loading the file whole would read all of it ahead and retain at least as much.
    expect(found.furthestAhead).toBeLessThan(2 * MB);
    expect(found.mostRetained).toBeLessThan(8 * MB);
  });
});

const item = (index: number) =>
  JSON.stringify({
    id: `IID-2023-3507-${String(index).padStart(6, '0')}`,
    tahun_penilaian: 2023,
    pemda: { kode: '35.07', nama: 'Kabupaten Malang' },
    nama_inovasi: 'Inovasi',
    rancang_bangun: summary,
  });
const ITEM_BYTES = Buffer.byteLength(item(0));

describe('readJsonItems on a ~20 MB array', () => {
  it('reads little ahead of the items it gives and retains little heap', async () => {
    const path = temp.file('big.json');
    const size = await writeLarge(
      path,
      { head: '[', record: item, separator: ',', tail: ']' },
      35_000,
    );
    expect(size).toBeGreaterThan(20 * MB);
    const found = await measure((progress) => readJsonItems(path, progress), ITEM_BYTES + 1);
    expect(found.records).toBe(35_000);
    expect(found.furthestAhead).toBeLessThan(2 * MB);
    expect(found.mostRetained).toBeLessThan(8 * MB);
  });
});

describe('readNdjson on a ~20 MB file', () => {
  it('reads little ahead of the lines it gives and retains little heap', async () => {
    const path = temp.file('big.ndjson');
    const size = await writeLarge(
      path,
      { head: '', record: item, separator: '\n', tail: '\n' },
      35_000,
    );
    expect(size).toBeGreaterThan(20 * MB);
    const found = await measure((progress) => readNdjson(path, progress), ITEM_BYTES + 1);
    expect(found.records).toBe(35_000);
    expect(found.furthestAhead).toBeLessThan(2 * MB);
    expect(found.mostRetained).toBeLessThan(8 * MB);
  });
});
