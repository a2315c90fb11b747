import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Adapter } from '../../../../ingest/adapters/adapter.ts';
import { igaAdapter } from '../../../../ingest/adapters/iga.ts';
import { inolanAdapter } from '../../../../ingest/adapters/inolan.ts';
import { kippAdapter } from '../../../../ingest/adapters/kipp.ts';
import { sourceRecordSchema } from '../../../../ingest/record.ts';
import { collectInput } from '../../../helpers/collect.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir('collect-stage');
});
afterAll(async () => {
  await temp.remove();
});

function collect(adapter: Adapter, name: string) {
  return collectInput(adapter, fixture(name), temp);
}

describe('collectFile', () => {
  it('counts, locates each rejection with its file, and spools the valid records', async () => {
    const file = fixture('kipp/bad-rows.csv');
    const { stats, rejected, records, finished } = await collect(kippAdapter, 'kipp/bad-rows.csv');
    expect(stats).toEqual({
      file,
      programme: 'kipp',
      read: 5,
      accepted: 2,
      rejected: 3,
      warnings: 0,
    });
    expect(rejected.map(({ file: where, row, field }) => [where, row, field])).toEqual([
      [file, 4, 'Judul Inovasi'],
      [file, 5, 'Instansi'],
      [file, 7, 'Tahun'],
    ]);
    expect(rejected[2]?.reason).toContain('"20019"');
    expect(records.map((record) => sourceRecordSchema.parse(record).provenance.sourceId)).toEqual([
      'KIPP-2018-00001',
      'KIPP-2017-00005',
    ]);
    expect(finished).toEqual([file]);
  });

  it('counts a broken line as read and rejected under (record)', async () => {
    const { stats, rejected } = await collect(igaAdapter, 'iga/lines.ndjson');
    expect(stats).toMatchObject({ read: 4, accepted: 3, rejected: 1 });
    expect(rejected).toEqual([
      {
        file: fixture('iga/lines.ndjson'),
        row: 3,
        field: '(record)',
        reason: 'the line is not valid JSON',
      },
    ]);
  });

  it('reports a page that is not JSON with its page, without counting it as a record read', async () => {
    const { stats, rejected, records } = await collect(inolanAdapter, 'inolan/bad-page-3.json');
    expect(stats).toMatchObject({ read: 0, accepted: 0, rejected: 1 });
    expect(rejected).toEqual([
      {
        file: fixture('inolan/bad-page-3.json'),
        row: 0,
        page: 3,
        field: '(record)',
        reason: 'the page is not valid JSON',
      },
    ]);
    expect(records).toEqual([]);
  });

  it('locates warnings of accepted records with page and item', async () => {
    const { warnings } = await collect(inolanAdapter, 'inolan/page-1.json');
    expect(warnings.map(({ page, row, field }) => [page, row, field])).toEqual([
      [1, 3, 'wilayah.nama_kabkot'],
      [1, 3, 'kategori'],
    ]);
  });
});
