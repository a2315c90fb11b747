import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readHead } from '../ingest/readers/file-stream.ts';
import { ingestReportSchema } from '../ingest/report.ts';
import { runMeasured } from './child.ts';

/**
 * `npm run bench -- normalise`: the KIPP ingest in --dry-run over an N-row generated CSV,
 * beside a raw csv-parse pass over the same file, each in a fresh process.
 */
export async function benchNormalise(count: number): Promise<void> {
  const dir = join('.data', 'bench', String(count));
  const file = await ensureCsv(dir, count);
  const size = (statSync(file).size / 1024 / 1024).toFixed(0);
  console.log(`file: ${file} (${size} MB)\n`);
  const raw = await runMeasured('bench/raw-csv.ts', [file, await delimiterOf(file)]);
  const reportPath = join(dir, 'dry-run-report.json');
  const ours = await runMeasured('ingest/cli.ts', [
    'kipp',
    file,
    '--dry-run',
    '--report',
    reportPath,
  ]);
  if (ours.code !== 0) throw new Error(`ingest exited ${ours.code}`);
  const report = ingestReportSchema.parse(JSON.parse(await readFile(reportPath, 'utf8')));
  const read = report.files.reduce((sum, f) => sum + f.read, 0);
  const rows = [
    ['', 'records', 'seconds', 'records/s', 'peak RSS MB'],
    [
      'raw csv-parse',
      String(count),
      raw.seconds.toFixed(1),
      rate(count, raw.seconds),
      raw.peakMb.toFixed(0),
    ],
    [
      'ingest --dry-run',
      String(read),
      ours.seconds.toFixed(1),
      rate(read, ours.seconds),
      ours.peakMb.toFixed(0),
    ],
  ];
  for (const row of rows)
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(18) : cell.padStart(12))).join(''));
  console.log(
    `\naccepted ${report.files[0]?.accepted ?? 0}, rejected ${report.rejected.length}, innovations ${report.total}`,
  );
  console.log(
    `ingest / raw time: ${(ours.seconds / raw.seconds).toFixed(2)}x; peak memory goal < 512 MB: ${ours.peakMb < 512 ? 'met' : 'NOT met'}`,
  );
}

async function ensureCsv(dir: string, count: number): Promise<string> {
  const existing = findCsv(dir);
  if (existing) return existing;
  console.log(`generating ${count} records into ${dir} ...`);
  const args = ['--count', String(count), '--out', dir, '--only', 'kipp'];
  const run = await runMeasured('scripts/generate/cli.ts', args);
  if (run.code !== 0) throw new Error(`generator exited ${run.code}`);
  const made = findCsv(dir);
  if (!made) throw new Error(`the generator wrote no KIPP CSV under ${dir}`);
  return made;
}

/** The largest KIPP CSV the generator wrote. */
function findCsv(dir: string): string | undefined {
  const kipp = join(dir, 'kipp');
  if (!existsSync(kipp)) return undefined;
  return readdirSync(kipp)
    .filter((name) => name.endsWith('.csv'))
    .map((name) => join(kipp, name))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

async function delimiterOf(file: string): Promise<string> {
  const head = await readHead(file, 4096);
  return head.split(';').length > head.split(',').length ? ';' : ',';
}

function rate(records: number, seconds: number): string {
  return Math.round(records / seconds).toLocaleString('en');
}
