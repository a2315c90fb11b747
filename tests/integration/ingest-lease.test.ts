import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/infra/config.ts';
import { openDatabase } from '../../src/infra/database/open.ts';
import type { IngestRunRecord } from '../../src/infra/database/types.ts';
import { recoverAtStart } from '../../ingest/recorded-run.ts';
import { connectEngine } from '../../src/infra/meilisearch/connect.ts';
import { startIngest } from '../helpers/ingest-process.ts';
import { startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * One run at a time, and none lost: real CLI processes on one engine and one store. Two runs
 * started together; and a run SIGKILLed at each stage (paused there by INGEST_PAUSE_AT),
 * followed by a new run: the live index, the stores and the history agree afterwards.
 */
let meili: TestMeili;
const dirs: TempDir[] = [];

beforeAll(async () => {
  meili = await startTestMeili();
});

afterAll(async () => {
  await meili.stop();
  for (const dir of dirs) await dir.remove();
});

async function freshDataDir(name: string): Promise<string> {
  const dir = await makeTempDir(name);
  dirs.push(dir);
  return dir.path;
}

function ingest(dataDir: string, args: string[], env: Record<string, string> = {}) {
  return startIngest(args, {
    DATA_DIR: dataDir,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: indexOf(dataDir),
    // Short, so a killed run's lease expires soon; not so short that a loaded machine's late
    // heartbeat loses a live run's lease.
    INGEST_LEASE_S: '3',
    ...env,
  });
}

/** Each data folder publishes to an index of its own on the shared engine. */
const indexOf = (dataDir: string) => `lease_${dataDir.replace(/\W/g, '').slice(-12)}`;

interface Agreement {
  runs: IngestRunRecord[];
  /** Documents in the live index, records in innovations.ndjson, the last publishing run's total. */
  held: number;
  written: number;
  recorded: number | undefined;
  builds: string[];
  work: string[];
}

async function agreement(dataDir: string): Promise<Agreement> {
  const store = await openDatabase(loadConfig({ DATA_DIR: dataDir }));
  const runs = await store.ingestRuns(100);
  await store.close();
  const index = indexOf(dataDir);
  const { results } = await meili.client.getRawIndexes({ limit: 1000 });
  return {
    runs,
    held: (await meili.client.index(index).getStats()).numberOfDocuments,
    written: await lineCount(join(dataDir, 'innovations.ndjson')),
    recorded: runs.find((run) => run.published)?.total,
    builds: results.map(({ uid }) => uid).filter((uid) => uid.startsWith(`${index}__build_`)),
    work: (await readdir(dataDir)).filter((name) => name.startsWith('work-')),
  };
}

async function lineCount(file: string): Promise<number> {
  return (await readFile(file, 'utf8')).split('\n').filter(Boolean).length;
}

/** The index, innovations.ndjson and the newest publishing run's total agree; nothing is left. */
function expectAgreement(state: Agreement): void {
  expect(state.written).toBeGreaterThan(1000);
  expect([state.held, state.recorded]).toEqual([state.written, state.written]);
  expect(state.builds).toEqual([]);
  expect(state.work).toEqual([]);
  expect(state.runs.filter((run) => run.status === 'running')).toEqual([]);
}

const busy = /another ingest is running: cli on \S+ pid \d+ #\w+, since \d{4}-\d\d-\d\dT[\d:.]+Z/;

describe('two runs started together', () => {
  it('publishes once; the other says who runs since when and exits 1', async () => {
    const dataDir = await freshDataDir('lease-two');
    const [a, b] = [ingest(dataDir, ['--sample']), ingest(dataDir, ['--sample'])];
    const ended = await Promise.all([a.ended, b.ended]);
    const codes = ended.map((run) => run.code).sort();
    expect(codes).toEqual([0, 1]);
    const stopped = ended.find((run) => run.code === 1);
    expect(stopped?.stderr).toMatch(busy);
    expect(stopped?.stderr).toContain('--wait waits for it');
    const state = await agreement(dataDir);
    expect(state.runs.map((run) => run.status)).toEqual(['ok']);
    expectAgreement(state);
  }, 120_000);

  it('with --wait, the second runs once the first has ended', async () => {
    const dataDir = await freshDataDir('lease-wait');
    const a = ingest(dataDir, ['--sample', '--wait']);
    const b = ingest(dataDir, ['--sample', '--wait']);
    const ended = await Promise.all([a.ended, b.ended]);
    expect(ended.map((run) => run.code)).toEqual([0, 0]);
    const waited = ended.filter((run) => /waiting for it to end \(--wait\)/.test(run.stdout));
    expect(waited).toHaveLength(1);
    expect(waited[0]?.stdout).toMatch(busy);
    const state = await agreement(dataDir);
    const [second, first] = state.runs;
    expect([first?.status, second?.status]).toEqual(['ok', 'ok']);
    // One after the other: the second started once the first had finished.
    expect(Date.parse(second?.startedAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(first?.finishedAt ?? ''),
    );
    expectAgreement(state);
  }, 180_000);
});

/** KIPP rows no sample row carries, named after the case, to see whose stores are in place. */
async function casefile(dataDir: string, name: string): Promise<string> {
  return kippRows(dataDir, name, '9', `Uji Sewa ${name}`);
}

/**
 * Three KIPP rows for the run after the nth kill: new records (registrations `KIPP-2024-8<n>…`,
 * neither the sample's nor a case file's, whose rows they would replace), so that run changes
 * the index in place and publishes, without re-reading the whole sample.
 */
async function nextfile(dataDir: string, name: string, nth: number): Promise<string> {
  return kippRows(dataDir, `next${name}`, `8${String(nth)}`, `Uji Lanjut Kasus ${String(nth)}`);
}

/** A KIPP CSV of three rows, registered `KIPP-2024-<prefix>0…0<1-3>`, titled `Layanan <title> <1-3>`. */
async function kippRows(dataDir: string, name: string, prefix: string, title: string) {
  const file = join(dataDir, `${name}.csv`);
  const rows = [1, 2, 3].map(
    (n) =>
      `KIPP-2024-${prefix}${String(n).padStart(5 - prefix.length, '0')},2024,Layanan ${title} ${String(n)},Pemerintah Kota Bukittinggi,Pemkot,Prov. Sumatera Barat,Kota Bukittinggi`,
  );
  const header = 'No Registrasi,Tahun,Judul Inovasi,Instansi,Klaster,Provinsi,Kabupaten/Kota';
  await writeFile(file, `${[header, ...rows].join('\n')}\n`);
  return file;
}

async function storeHolds(dataDir: string, text: string): Promise<boolean> {
  const store = join(dataDir, 'sources', 'kipp.ndjson');
  return existsSync(store) && (await readFile(store, 'utf8')).toLowerCase().includes(text);
}

describe('a run SIGKILLed at each stage, then a new run', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await freshDataDir('lease-kill');
    const first = await ingest(dataDir, ['--sample', '--full']).ended;
    expect(first.code, first.stderr).toBe(0);
  }, 120_000);

  const cases = [
    { stage: 'reading', mode: '--full', lands: false, outcome: /^cut short during reading$/ },
    { stage: 'merging', mode: '--full', lands: false, outcome: /^cut short during merging$/ },
    { stage: 'building', mode: '--full', lands: false, outcome: /^cut short during building$/ },
    { stage: 'publishing', mode: '--full', lands: false, outcome: /never went live/ },
    { stage: 'swapped', mode: '--full', lands: true, outcome: /stores were moved into place/ },
    // Three rows of ~3,000 change little: the index is updated in place.
    { stage: 'publishing', mode: 'in-place', lands: false, outcome: /index was rebuilt/ },
    { stage: 'swapped', mode: 'in-place', lands: true, outcome: /stores were moved into place/ },
  ] as const;

  const startCases = [
    // First: the baseline's settings are remembered, so three new rows go in place.
    { stage: 'publishing', mode: 'in-place', lands: false, outcome: /index was rebuilt/ },
    { stage: 'swapped', mode: '--full', lands: true, outcome: /stores were moved into place/ },
  ] as const;

  for (const { stage, mode, lands, outcome } of startCases) {
    it(`at ${stage} (${mode}): settled by the next start, before any run`, async () => {
      const name = `start${stage}${mode === '--full' ? 'full' : 'inplace'}`;
      const input = await casefile(dataDir, name);
      const args = ['kipp', input, ...(mode === '--full' ? ['--full'] : [])];
      const killed = ingest(dataDir, args, { INGEST_PAUSE_AT: stage });
      await killed.printed(new RegExp(`ingest: paused at ${stage}`));
      killed.child.kill('SIGKILL');
      await killed.ended;
      await new Promise((resolve) => setTimeout(resolve, 3500));

      const config = loadConfig({
        DATA_DIR: dataDir,
        MEILI_URL: meili.url,
        MEILI_MASTER_KEY: meili.masterKey,
        MEILI_INDEX: indexOf(dataDir),
      });
      const lines: string[] = [];
      const engine = await connectEngine(config, { startIfNeeded: false });
      await recoverAtStart(config, engine, (line) => lines.push(line));
      expect(lines.join('\n')).toMatch(new RegExp(`run #\\d+ was cut short during ${stage}`));
      const state = await agreement(dataDir);
      expect(state.runs[0]).toMatchObject({ status: 'failed', stage, published: lands });
      expect(state.runs[0]?.error).toMatch(outcome);
      expectAgreement(state);
      expect(await storeHolds(dataDir, `uji sewa ${name}`)).toBe(lands);
    }, 120_000);
  }

  for (const [nth, { stage, mode, lands, outcome }] of cases.entries()) {
    it(`at ${stage} (${mode}): settled by the next run, which publishes`, async () => {
      const name = `${stage}${mode === '--full' ? 'full' : 'inplace'}`;
      const input = await casefile(dataDir, name);
      const args = ['kipp', input, ...(mode === '--full' ? ['--full'] : [])];
      const killed = ingest(dataDir, args, { INGEST_PAUSE_AT: stage });
      await killed.printed(new RegExp(`ingest: paused at ${stage}`));
      killed.child.kill('SIGKILL');
      await killed.ended;

      const next = await ingest(dataDir, ['kipp', await nextfile(dataDir, name, nth), '--wait'])
        .ended;
      expect(next.code, next.stderr).toBe(0);
      expect(next.stdout).toMatch(new RegExp(`run #\\d+ was cut short during ${stage}`));
      const state = await agreement(dataDir);
      const [latest, cut] = state.runs;
      expect(latest).toMatchObject({ status: 'ok', published: true });
      expect(cut).toMatchObject({ status: 'failed', stage, published: lands });
      expect(cut?.error).toMatch(new RegExp(`^cut short during ${stage}`));
      expect(cut?.error).toMatch(outcome);
      expectAgreement(state);
      // The killed run's stores went into place exactly when its publish had gone live.
      expect(await storeHolds(dataDir, `uji sewa ${name}`)).toBe(lands);
      const search = await meili.client.index(indexOf(dataDir)).search(`"Uji Sewa ${name}"`);
      expect(search.hits.length > 0).toBe(lands);
    }, 120_000);
  }
});
