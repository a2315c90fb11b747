import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setImmediate } from 'node:timers/promises';
import { openSqliteDatabase } from '../../../src/infra/database/sqlite.ts';
import type { Database, NewRegistration } from '../../../src/infra/database/types.ts';

/** Registration `i` of writer `label`: its own agency, so every write is a new entry. */
export function walEntry(label: string, i: number): NewRegistration {
  return {
    innovationId: `inovasi-${i % 5}`,
    agency: `Instansi ${label} ${i}`,
    agencyKey: `73.71|instansi-${label}-${i}`,
    cluster: 'kota',
    provinceCode: '73',
    regencyCode: '73.71',
    contactName: `Kontak ${label}`,
    email: `${label}-${i}@instansi.example.id`,
    phone: '0411 555 0101',
    note: undefined,
    consent: true,
    shareEmail: true,
    sharePhone: true,
    tokenHash: createHash('sha256').update(`${label}-${i}`).digest('hex'),
    now: new Date().toISOString(),
  };
}

/** Registers `count` entries, yielding between writes so the other process gets its turns. */
export async function writeEntries(store: Database, label: string, count: number) {
  const errors: string[] = [];
  for (let i = 0; i < count; i++) {
    try {
      await store.register(walEntry(label, i));
    } catch (error) {
      errors.push(String(error));
    }
    await setImmediate();
  }
  return errors;
}

/**
 * The second process of store-wal.test.ts: `<path> <label> <count>`. Opens the SQLite store,
 * says `ready`, waits for a line on stdin, writes, prints `{ errors }` as JSON.
 */
if (import.meta.main) {
  const [path = '', label = '', count = '0'] = process.argv.slice(2);
  const store = openSqliteDatabase(path);
  const lines = createInterface({ input: process.stdin });
  process.stdout.write('ready\n');
  await once(lines, 'line');
  const errors = await writeEntries(store, label, Number(count));
  await store.close();
  lines.close();
  process.stdout.write(`${JSON.stringify({ errors })}\n`);
}
