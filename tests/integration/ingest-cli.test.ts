import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReportSchema } from '../../src/lib/ingest-report.ts';
import { runScript } from '../helpers/run-cli.ts';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const ingest = (args: string[]) =>
  runScript('ingest/cli.ts', [...args, '--no-publish'], { DATA_DIR: dataDir });

describe('ingest CLI exit codes', () => {
  it('exits 2 with the usage for an unknown programme', async () => {
    const run = await ingest(['sinovik', 'x.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"sinovik" is not a programme');
    expect(run.stderr).toContain('Usage: npm run ingest');
  });

  it('exits 2 for an unknown option', async () => {
    expect((await ingest(['--sampel'])).code).toBe(2);
  });

  it('exits 2 for an input that cannot be read, before reading anything', async () => {
    const run = await ingest(['kipp', 'tests/fixtures/kipp/comma.csv', 'no/such/file.csv']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no/such/file.csv: cannot be read');
  });

  it('exits 2 for a URL given to a programme that reads files', async () => {
    expect((await ingest(['kipp', 'https://example.invalid/kipp'])).code).toBe(2);
  });

  it('exits 0 when some records were rejected, and 1 with --strict', async () => {
    const lenient = await ingest(['kipp', 'tests/fixtures/kipp/bad-rows.csv', '--dry-run']);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('bad-rows.csv row 7, Tahun: "20019" is not a year');
    const strict = await ingest([
      'kipp',
      'tests/fixtures/kipp/bad-rows.csv',
      '--dry-run',
      '--strict',
    ]);
    expect(strict.code).toBe(1);
  });

  it('writes no records on a dry run, only the report', async () => {
    const report = join(dataDir, 'dry.json');
    const run = await ingest([
      'iga',
      'tests/fixtures/iga/wrapped.json',
      '--dry-run',
      '--report',
      report,
    ]);
    expect(run.code).toBe(0);
    expect(existsSync(join(dataDir, 'innovations.ndjson'))).toBe(false);
    const parsed = ingestReportSchema.parse(JSON.parse(await readFile(report, 'utf8')));
    expect(parsed.files).toEqual([
      {
        file: 'tests/fixtures/iga/wrapped.json',
        programme: 'iga',
        read: 2,
        accepted: 2,
        rejected: 0,
        warnings: 0,
      },
    ]);
  });
});
