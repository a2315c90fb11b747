import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readHead } from '../ingest/readers/file-stream.ts';
import { ingestReportSchema } from '../src/lib/ingest-report.ts';
import { runMeasured } from './child.ts';
import { benchCsv, printTable, rate } from './dataset.ts';

/**
 * `npm run bench -- normalise`: the KIPP ingest in --dry-run over an N-row generated CSV,
 * beside a raw csv-parse pass over the same file, each in a fresh process.
 */
export async function benchNormalise(count: number): Promise<void> {
  const file = await benchCsv(count);
  console.log(`file: ${file} (${(statSync(file).size / 1024 / 1024).toFixed(0)} MB)\n`);
  const head = await readHead(file, 4096);
  const delimiter = head.split(';').length > head.split(',').length ? ';' : ',';
  const raw = await runMeasured('bench/raw-csv.ts', [file, delimiter]);
  const reportPath = join(dirname(file), 'dry-run-report.json');
  const args = ['kipp', file, '--dry-run', '--report', reportPath];
  const ours = await runMeasured('ingest/cli.ts', args, {}, ['--max-old-space-size=512']);
  if (ours.code !== 0) throw new Error(`ingest exited ${ours.code}`);
  const report = ingestReportSchema.parse(JSON.parse(await readFile(reportPath, 'utf8')));
  const read = report.files.reduce((sum, f) => sum + f.read, 0);
  printTable([
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
  ]);
  console.log(
    `\naccepted ${report.files[0]?.accepted ?? 0}, rejected ${report.rejected.length}, innovations ${report.total}`,
  );
  console.log(
    `ingest / raw time: ${(ours.seconds / raw.seconds).toFixed(2)}x; peak memory goal < 512 MB: ${ours.peakMb < 512 ? 'met' : 'NOT met'}`,
  );
}
