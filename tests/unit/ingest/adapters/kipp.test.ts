import { copyFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kippAdapter } from '../../../../ingest/adapters/kipp.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { testReference } from '../../../helpers/reference.ts';
import { runAdapter } from '../../../helpers/run-adapter.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

describe('the KIPP adapter', () => {
  let temp: TempDir;
  beforeAll(async () => {
    temp = await makeTempDir('kipp-adapter');
  });
  afterAll(async () => {
    await temp.remove();
  });

  it('reads .xlsx and .csv files, not URLs', () => {
    expect(kippAdapter.extensions).toEqual(['.xlsx', '.csv']);
    expect(kippAdapter.readsUrls).toBe(false);
  });

  it('reads a file whose ending is in capitals', async () => {
    const path = temp.file('KIPP-2017.CSV');
    await copyFile(fixture('kipp/comma.csv'), path);
    const { accepted } = await runAdapter(kippAdapter, path, await testReference());
    expect(accepted.map(({ record }) => record.provenance.sourceId)).toEqual([
      'KIPP-2023-00045',
      'KIPP-2017-00321',
    ]);
  });

  it('rejects a file without a Judul Inovasi header once, at row 0', async () => {
    const path = temp.file('no-header.csv');
    await writeFile(path, 'Nama;Instansi;Tahun\nOASE;Pemerintah Kabupaten Tanah Datar;2017\n');
    const outcome = await runAdapter(kippAdapter, path, await testReference());
    expect(outcome).toEqual({
      accepted: [],
      rejected: [{ row: 0, field: '(record)', reason: 'no header row with Judul Inovasi found' }],
      warnings: [],
    });
  });

  it('takes a row without a registration number as row-<n>', async () => {
    const path = temp.file('no-id.csv');
    await writeFile(
      path,
      'Rekap\nTahun,Judul Inovasi,Instansi,Kelompok Instansi,Ringkasan\n' +
        '2019,Klinik Berhenti Merokok,Pemerintah Kota Payakumbuh,Kota,Berhenti merokok.\n',
    );
    const { accepted } = await runAdapter(kippAdapter, path, await testReference());
    expect(accepted.map(({ record }) => record.provenance)).toEqual([
      { programme: 'kipp', sourceId: 'row-3', year: 2019 },
    ]);
  });
});
