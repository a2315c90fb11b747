import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { igaAdapter } from '../../../../ingest/adapters/iga.ts';
import { kippAdapter } from '../../../../ingest/adapters/kipp.ts';
import { sourceRecordSchema } from '../../../../ingest/record.ts';
import { collectInput } from '../../../helpers/collect.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir('hostile-text');
});
afterAll(async () => {
  await temp.remove();
});

const LOST = 'is not valid UTF-8: the bytes that are not were lost (U+FFFD)';

async function collected(adapter: typeof kippAdapter, name: string) {
  const outcome = await collectInput(adapter, fixture(name), temp);
  const records = outcome.records.map((record) => sourceRecordSchema.parse(record));
  const warnings = outcome.warnings.map(({ row, page, field, reason }) =>
    page === undefined ? { row, field, reason } : { row, page, field, reason },
  );
  return { ...outcome, records, warnings };
}

describe('text as it came, cleaned honestly', () => {
  it('warns of invalid UTF-8 and removes control and bidi characters in a CSV, per row', async () => {
    const { stats, records, warnings } = await collected(
      kippAdapter,
      'kipp/invalid-utf8-control-bidi.csv',
    );
    expect(stats).toMatchObject({ read: 3, accepted: 3, rejected: 0 });
    expect(records.map((record) => [record.title, record.agency])).toEqual([
      ['Caf\uFFFD Literasi', 'Pemerintah Kota Padang'],
      ['SiCepat Layanan', 'Pemerintah Kota Padang'],
      ['Bersih Kota', 'Pemerintah Kota Padang'],
    ]);
    expect(warnings).toEqual([
      { row: 2, field: 'judul inovasi', reason: LOST },
      { row: 3, field: 'judul inovasi', reason: 'control characters removed (U+0000, U+0007)' },
      { row: 3, field: 'instansi', reason: 'bidirectional override characters removed (U+202E)' },
    ]);
  });

  it('names the nested field and the line in an NDJSON file', async () => {
    const { records, warnings } = await collected(
      igaAdapter,
      'iga/invalid-utf8-control-bidi.ndjson',
    );
    expect(records.map((record) => [record.title, record.summary])).toEqual([
      ['Posyandu \uFFFD\uFFFD Keliling', 'Kader menjemput balita.'],
      ['Lapor Bupati', 'Aduan warga.'],
    ]);
    expect(records[1]?.regency).toBe('Kabupaten Banyuwangi');
    expect(warnings).toEqual([
      { row: 1, field: 'nama_inovasi', reason: LOST },
      {
        row: 2,
        field: 'pemda.nama',
        reason: 'bidirectional override characters removed (U+2066, U+2069)',
      },
      { row: 2, field: 'nama_inovasi', reason: 'control characters removed (U+0000)' },
      { row: 2, field: 'rancang_bangun', reason: 'control characters removed (U+0001)' },
    ]);
  });

  it('does the same for the items of a JSON array', async () => {
    const { records, warnings } = await collected(igaAdapter, 'iga/invalid-utf8-control-bidi.json');
    expect(records.map((record) => [record.title, record.summary])).toEqual([
      ['SIGAP \uFFFD Gizi', 'Pemantauan gizi.'],
      ['TAPIS Gizi', 'Pemantauan gizi.'],
    ]);
    expect(warnings).toEqual([
      { row: 1, field: 'nama_inovasi', reason: LOST },
      {
        row: 2,
        field: 'nama_inovasi',
        reason: 'bidirectional override characters removed (U+202E, U+202C)',
      },
      { row: 2, field: 'rancang_bangun', reason: 'control characters removed (U+0000)' },
    ]);
  });
});

describe('markup removal around a broken tag', () => {
  it('keeps the words after a tag that is never closed, in the title and the summary', async () => {
    const { records, warnings } = await collected(kippAdapter, 'kipp/broken-tag-title.csv');
    expect(records.map((record) => [record.title, record.summary])).toEqual([
      ['Judul (SVGX)', 'Ringkasan yang tetap\n\nterbaca'],
    ]);
    expect(warnings).toEqual([]);
  });
});
