import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedRun, recordRun } from '../../../ingest/run-record.ts';
import { loadConfig } from '../../../src/infra/config.ts';
import { openDatabase } from '../../../src/infra/database/open.ts';
import type { IngestRunRecord } from '../../../src/infra/database/types.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { runScript, type CliRun } from '../../helpers/run-cli.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let meili: TestMeili;
let dir: TempDir;
let runs: { ok: CliRun; dry: CliRun; failed: CliRun };
let recorded: IngestRunRecord[];

const ingest = (args: string[]) =>
  runScript('ingest/cli.ts', args, {
    DATA_DIR: dir.path,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
  });

beforeAll(async () => {
  meili = await startTestMeili();
  dir = await makeTempDir('ingest-runs');
  runs = {
    ok: await ingest(['--sample', '--report', dir.file('ok.json')]),
    dry: await ingest(['kipp', 'tests/fixtures/kipp/bad-rows.csv', '--dry-run']),
    failed: await ingest(['kipp', 'tests/fixtures/kipp/comma.csv', 'no/such/file.csv']),
  };
  const store = await openDatabase(loadConfig({ DATA_DIR: dir.path }));
  recorded = await store.ingestRuns(10);
  await store.close();
}, 180_000);

afterAll(async () => {
  await meili.stop();
  await dir.remove();
});

/** The figures of the CLI's summary table, as printed. */
function printed(stdout: string): { total: number; rejected: number; warnings: number } {
  // A dry run says its figures count its inputs alone ("innovations in these inputs").
  const total = /^innovations(?: in these inputs)?: (\d+)$/m.exec(stdout)?.[1];
  const rejected = /^rejected \((\d+)\):$/m.exec(stdout)?.[1] ?? '0';
  const warnings = /^all files(?:\s+\d+){3}\s+(\d+)$/m.exec(stdout)?.[1];
  if (total === undefined || warnings === undefined) throw new Error(`no summary in ${stdout}`);
  return { total: Number(total), rejected: Number(rejected), warnings: Number(warnings) };
}

describe('ingest run history', () => {
  it('records every run, newest first', () => {
    expect([runs.ok.code, runs.dry.code, runs.failed.code]).toEqual([0, 0, 2]);
    expect(recorded.map((run) => [run.status, run.dryRun, run.published])).toEqual([
      ['failed', false, false],
      ['ok', true, false],
      ['ok', false, true],
    ]);
  });

  it('keeps a published run with the numbers the CLI printed and its whole report', async () => {
    const run = recorded[2];
    expect(run).toMatchObject(printed(runs.ok.stdout));
    expect(run?.report).toEqual(JSON.parse(await readFile(dir.file('ok.json'), 'utf8')));
    expect(run?.inputs.map((input) => input.split('/').slice(-2).join('/'))).toEqual([
      'samples/kipp',
      'samples/iga',
      'samples/inolan',
    ]);
    expect(Date.parse(run?.finishedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(run?.startedAt ?? ''),
    );
  });

  it('keeps a dry run with its rejections', () => {
    const run = recorded[1];
    const figures = printed(runs.dry.stdout);
    expect(figures.rejected).toBeGreaterThan(0);
    expect(run).toMatchObject({ ...figures, inputs: ['tests/fixtures/kipp/bad-rows.csv'] });
  });

  it('keeps a failed run with the error the CLI printed', () => {
    const run = recorded[0];
    expect(runs.failed.stderr).toContain('no/such/file.csv: cannot be read');
    expect(run?.error).toContain('no/such/file.csv: cannot be read');
    expect(run?.inputs).toEqual(['tests/fixtures/kipp/comma.csv', 'no/such/file.csv']);
  });

  it('does not let a failure to record hide the run', async () => {
    const told: string[] = [];
    const broken = {
      recordIngestRun: () => Promise.reject(new Error('database is locked')),
    };
    const run = { startedAt: new Date().toISOString(), dryRun: false, publish: true, inputs: [] };
    await recordRun(broken, failedRun(run, new Error('boom')), (line) => told.push(line));
    expect(told).toEqual(['ingest: the run could not be recorded (database is locked)']);
  });
});
