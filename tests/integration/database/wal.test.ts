import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { DatabaseSync } from 'node:sqlite';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../../src/infra/database/sqlite.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { walEntry, writeEntries } from './wal-child.ts';

let dir: TempDir;
beforeEach(async () => {
  dir = await makeTempDir('interest-wal');
});
afterEach(() => dir.remove());

const perProcess = 300;

it('takes writes from two processes at once: none lost, no busy error, file intact', async () => {
  const path = dir.file('interest.sqlite');
  const child = spawn(
    process.execPath,
    [new URL('wal-child.ts', import.meta.url).pathname, path, 'anak', String(perProcess)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout });
  const store = openSqliteDatabase(path);
  try {
    expect((await once(lines, 'line'))[0]).toBe('ready');
    child.stdin.write('go\n');
    const [ownErrors, childLine] = await Promise.all([
      writeEntries(store, 'induk', perProcess),
      once(lines, 'line'),
    ]);
    expect(ownErrors).toEqual([]);
    expect(JSON.parse(String(childLine[0]))).toEqual({ errors: [] });
    expect((await exited)[0]).toBe(0);

    const written: string[] = [];
    for await (const row of store.exportAll()) written.push(row.agency);
    expect(written).toHaveLength(2 * perProcess);
    const expected = ['induk', 'anak'].flatMap((label) =>
      Array.from({ length: perProcess }, (_, i) => `Instansi ${label} ${i}`),
    );
    expect(written.toSorted()).toEqual(expected.toSorted());
    // The two writers took turns: each wrote before the other had finished.
    const firstOf = (label: string) => written.findIndex((agency) => agency.includes(label));
    const lastOf = (label: string) => written.findLastIndex((agency) => agency.includes(label));
    expect(firstOf('anak')).toBeLessThan(lastOf('induk'));
    expect(firstOf('induk')).toBeLessThan(lastOf('anak'));
  } finally {
    child.kill();
    await store.close();
  }
  const db = new DatabaseSync(path, { readOnly: true });
  try {
    expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
  } finally {
    db.close();
  }
});

it('waits for another writer without stopping the process: timers and reads go on', async () => {
  const path = dir.file('interest.sqlite');
  const store = openSqliteDatabase(path);
  const other = new DatabaseSync(path);
  try {
    await store.register(walEntry('awal', 0));
    other.exec('BEGIN IMMEDIATE');
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const waiting = store.register(walEntry('tunggu', 1));
    // While the write waits for the lock, the process reads what is committed.
    expect((await store.totals('inovasi-0')).interestCount).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(10);
    other.exec('COMMIT');
    const { created } = await waiting;
    expect(created).toBe(true);
    expect((await store.totals('inovasi-1')).interestCount).toBe(1);
  } finally {
    other.close();
    await store.close();
  }
});

it('commits writes that waited together in one transaction, and rolls back only the one that failed', async () => {
  const path = dir.file('interest.sqlite');
  const store = openSqliteDatabase(path);
  const other = new DatabaseSync(path);
  try {
    other.exec('BEGIN IMMEDIATE');
    const [first, failed, last] = [
      store.register(walEntry('bersama', 1)),
      store.transaction(async (tx) => {
        await tx.register(walEntry('gagal', 2));
        throw new Error('the caller changed its mind');
      }),
      store.register(walEntry('bersama', 3)),
    ].map((promise) =>
      promise.then(
        () => 'stored',
        (error: unknown) => String(error),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    other.exec('COMMIT');
    expect(await Promise.all([first, failed, last])).toEqual([
      'stored',
      'Error: the caller changed its mind',
      'stored',
    ]);
    const written: string[] = [];
    for await (const row of store.exportAll()) written.push(row.agency);
    expect(written.toSorted()).toEqual(['Instansi bersama 1', 'Instansi bersama 3']);
  } finally {
    other.close();
    await store.close();
  }
});
