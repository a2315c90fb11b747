import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './child.ts';

/** The N-row KIPP CSV the generator writes under `.data/bench/N`, generated on first use. */
export async function benchCsv(count: number): Promise<string> {
  const dir = join('.data', 'bench', String(count));
  const existing = largestCsv(dir);
  if (existing) return existing;
  console.log(`generating ${count} records into ${dir} ...`);
  const args = ['--count', String(count), '--out', dir, '--only', 'kipp'];
  const run = await runMeasured('scripts/generate/cli.ts', args);
  if (run.code !== 0) throw new Error(`generator exited ${run.code}`);
  const made = largestCsv(dir);
  if (!made) throw new Error(`the generator wrote no KIPP CSV under ${dir}`);
  return made;
}

function largestCsv(dir: string): string | undefined {
  const kipp = join(dir, 'kipp');
  if (!existsSync(kipp)) return undefined;
  return readdirSync(kipp)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => join(kipp, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

export function rate(records: number, seconds: number): string {
  return Math.round(records / seconds).toLocaleString('en');
}

/** Prints rows as a table: the first column left-aligned, the others right-aligned. */
export function printTable(rows: string[][]): void {
  const first = Math.max(22, ...rows.map((row) => (row[0] ?? '').length + 2));
  for (const row of rows) {
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(first) : cell.padStart(13))).join(''));
  }
}
