import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReportSchema, type IngestReport } from '../../src/lib/ingest-report.ts';
import { innovationSchema, type Innovation } from '../../src/lib/schema/innovation.ts';
import { runScript } from '../helpers/run-cli.ts';

let dataDir: string;
let records: Innovation[];
let report: IngestReport;

/**
 * IGA records of Papua from both sides of the 2022 renumbering, and KIPP rows that name the
 * provinces as they were before it, through the ingest CLI.
 */
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ingest-regions-'));
  const reportPath = join(dataDir, 'r.json');
  const run = await runScript(
    'ingest/cli.ts',
    [
      'iga',
      'tests/fixtures/iga/papua-renumbered.json',
      'kipp',
      'tests/fixtures/kipp/papua-before-2022.csv',
      '--no-publish',
      '--report',
      reportPath,
    ],
    { DATA_DIR: dataDir },
  );
  expect(run.code, run.stderr).toBe(0);
  report = ingestReportSchema.parse(JSON.parse(await readFile(reportPath, 'utf8')));
  const lines = (await readFile(join(dataDir, 'innovations.ndjson'), 'utf8')).trim().split('\n');
  records = lines.map((line) => innovationSchema.parse(JSON.parse(line)));
}, 60_000);

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const titled = (title: string) => records.filter((record) => record.title.includes(title));

describe('ingesting IGA records of Papua coded before and after 2022', () => {
  it('merges 2019 pemda 9401 Kabupaten Merauke and 2023 pemda 93.01 into one innovation in Merauke', () => {
    const sipandu = records.filter((record) => /sipandu/i.test(record.title));
    expect(sipandu).toHaveLength(1);
    expect(sipandu[0]).toMatchObject({
      years: [2019, 2023],
      provinceCode: '93',
      province: 'Papua Selatan',
      regencyCode: '93.01',
      regency: 'Kabupaten Merauke',
      agency: 'Pemerintah Kabupaten Merauke',
    });
  });

  it('joins the KIPP 2019 row naming "Papua" and "Kabupaten Merauke" to the same innovation', () => {
    const sipandu = records.filter((record) => /sipandu/i.test(record.title));
    expect(sipandu).toHaveLength(1);
    expect(sipandu[0]?.programmes).toEqual(['kipp', 'iga']);
    expect(sipandu[0]?.regencyCode).toBe('93.01');
  });

  it('finds Raja Ampat, named in Papua Barat in 2020, in Papua Barat Daya today', () => {
    expect(titled('Kampung Digital Raja Ampat')[0]).toMatchObject({
      provinceCode: '96',
      province: 'Papua Barat Daya',
      regencyCode: '96.03',
      regency: 'Kabupaten Raja Ampat',
    });
  });

  it('reads 2019 province code 94 "Provinsi Papua" as Papua, not Papua Tengah', () => {
    expect(titled('Data Kampung Terpadu')[0]).toMatchObject({
      provinceCode: '91',
      province: 'Papua',
      agency: 'Pemerintah Provinsi Papua',
      cluster: 'provinsi',
    });
  });

  it('reads 2023 code 94.01 as Kabupaten Nabire', () => {
    expect(titled('Nelayan Pintar')[0]?.regency).toBe('Kabupaten Nabire');
  });

  it('takes the name when the code of the year says another regency, and warns with both', () => {
    expect(titled('Sekolah Asrama Taruna')[0]).toMatchObject({
      regencyCode: '94.04',
      regency: 'Kabupaten Mimika',
      province: 'Papua Tengah',
    });
    expect(report.warnings).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'pemda.kode',
        reason:
          '"94.04" is Kabupaten Nabire (Papua Tengah) in the coding of 2020, but ' +
          '"Kabupaten Mimika" is Kabupaten Mimika (Papua Tengah); taken by the name',
      }),
    ]);
  });
});
