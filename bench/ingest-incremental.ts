import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './child.ts';
import { printTable } from './dataset.ts';

/** Rows of the IGA file added to the ingested index. */
const ADDED_ROWS = 1_000;

/**
 * The incremental case of `npm run bench -- ingest`, on the index the full run just built: a
 * 1,000-row IGA file added in place, then the same run with `--full` (a new index of the same
 * records), with the share one costs of the other (goal ≤ 10 %).
 */
export async function benchIncremental(
  work: string,
  env: Record<string, string>,
  fullSeconds: number,
): Promise<void> {
  const dir = join(work, 'iga');
  const generated = await runMeasured('scripts/generate/cli.ts', [
    '--count',
    String(ADDED_ROWS),
    '--out',
    dir,
    '--only',
    'iga',
  ]);
  if (generated.code !== 0) throw new Error(`generator exited ${generated.code}`);
  const [file] = readdirSync(join(dir, 'iga')).map((name) => join(dir, 'iga', name));
  if (file === undefined) throw new Error(`the generator wrote no IGA file under ${dir}`);
  const inPlace = await runMeasured('ingest/cli.ts', ['iga', file], env, [
    '--max-old-space-size=512',
  ]);
  const full = await runMeasured('ingest/cli.ts', ['iga', file, '--full'], env, [
    '--max-old-space-size=512',
  ]);
  if (inPlace.code !== 0 || full.code !== 0) throw new Error('an incremental run failed');
  console.log('');
  printTable([
    ['', 'seconds', 'peak RSS MB'],
    [`add ${ADDED_ROWS} IGA rows in place`, inPlace.seconds.toFixed(1), inPlace.peakMb.toFixed(0)],
    ['the same run with --full', full.seconds.toFixed(1), full.peakMb.toFixed(0)],
  ]);
  const share = (100 * inPlace.seconds) / fullSeconds;
  console.log(
    `\nin place / first full ingest: ${share.toFixed(0)} % (goal ≤ 10 %); in place / --full: ${((100 * inPlace.seconds) / full.seconds).toFixed(0)} %`,
  );
}
