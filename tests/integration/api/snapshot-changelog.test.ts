import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/infra/config.ts';
import { openDatabase } from '../../../src/infra/database/open.ts';
import type { SnapshotSummary } from '../../../src/infra/database/snapshot-types.ts';
import { writeBukittinggiCsv, type BukittinggiRow } from '../../helpers/kipp-csv.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { runScript, type CliRun } from '../../helpers/run-cli.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

/**
 * A researcher cites a dated snapshot and reads what changed since the one before. Two real
 * publishing ingests a day apart (the first run's snapshot is moved back one day in the store,
 * as if it had been taken yesterday): the second run's changelog names exactly the innovation
 * whose text changed, the one added and the one the `--replace` dropped, and nothing else.
 */
let meili: TestMeili;
let dir: TempDir;
let second: CliRun;
let snapshots: SnapshotSummary[];

const anjungan = {
  n: 101,
  title: 'Anjungan Layanan Mandiri',
  summary: 'Warga mencetak dokumen kependudukan sendiri.',
};
const posyandu = (summary: string) => ({ n: 102, title: 'Posyandu Remaja Digital', summary });
const pasar = {
  n: 103,
  title: 'Pasar Pangan Murah Keliling',
  summary: 'Truk pangan murah berkeliling kelurahan.',
};
const bank = {
  n: 104,
  title: 'Bank Sampah Sekolah',
  summary: 'Murid menabung sampah terpilah di sekolah.',
};

async function ingest(name: string, rows: BukittinggiRow[], ...options: string[]): Promise<CliRun> {
  const file = await writeBukittinggiCsv(dir.path, name, rows);
  return runScript('ingest/cli.ts', ['kipp', file, ...options], {
    DATA_DIR: dir.path,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: 'changelog',
  });
}

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('changelog')]);
  const first = await ingest('first', [anjungan, posyandu('Konseling remaja di posyandu.'), pasar]);
  expect(first.code, first.stderr).toBe(0);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const file = new DatabaseSync(join(dir.path, 'interest.sqlite'));
  file.prepare('UPDATE snapshots SET day = ?').run(yesterday);
  file.close();
  second = await ingest(
    'second',
    [anjungan, posyandu('Konseling dan skrining anemia remaja di posyandu.'), bank],
    '--replace',
  );
  const store = await openDatabase(loadConfig({ DATA_DIR: dir.path }));
  snapshots = await store.snapshots();
  await store.close();
}, 180_000);

afterAll(async () => {
  await meili.stop();
  await dir.remove();
});

describe("a snapshot's changelog after a second publishing ingest", () => {
  it('is announced by the run with its counts', () => {
    expect(second.code, second.stderr).toBe(0);
    const day = new Date().toISOString().slice(0, 10);
    expect(second.stdout).toContain(`snapshot ${day}: 3 records (1 added, 1 changed, 1 removed)`);
  });

  it('lists exactly the innovations that were added, changed and removed', () => {
    const [today, yesterday] = snapshots;
    expect(yesterday?.records).toBe(3);
    const titles = (list: { title: string }[] | undefined) => list?.map((entry) => entry.title);
    expect(titles(today?.changes.added)).toEqual(['Bank Sampah Sekolah']);
    expect(titles(today?.changes.changed)).toEqual(['Posyandu Remaja Digital']);
    expect(titles(today?.changes.removed)).toEqual(['Pasar Pangan Murah Keliling']);
  });
});
