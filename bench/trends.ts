import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { parseSearchState, type SearchState } from '../src/lib/search/ui/state.ts';
import { buildTrendsPlan } from '../src/lib/trends/plan.ts';
import { loadConfig } from '../src/infra/config.ts';
import { findBinary } from '../src/infra/meilisearch/binary.ts';
import { startEmbedded } from '../src/infra/meilisearch/embedded.ts';
import { freePort } from '../src/infra/meilisearch/port.ts';
import { computeTrends } from '../src/features/trends/compute.ts';
import { createSiteSearch } from '../src/infra/meilisearch/site-engine.ts';
import { runMeasured } from './child.ts';
import { benchCsv, printTable } from './dataset.ts';
import { latencyCells, percentile } from './percentiles.ts';
import { trendsCases } from './trends-cases.ts';
import { benchWorkDir } from './work-dir.ts';

/** Timed runs of each search after one warm-up; the median is the search's figure. */
const repeats = 7;

/**
 * `npm run bench -- trends`: every chart of the trends page for 20 searches, ours
 * (`computeTrends`: plan, one multi-search with the search-only key, parsing, the charts'
 * tables) versus the very same queries sent raw to Meilisearch with the master key, in the same
 * run, on the sample and on N generated records.
 */
export async function benchTrends(count: number): Promise<void> {
  await benchOn('the sample', ['--sample']);
  await benchOn(`${count.toLocaleString('en')} generated records`, ['kipp', await benchCsv(count)]);
}

// --- internal ---

async function benchOn(name: string, ingestArgs: string[]): Promise<void> {
  const work = await benchWorkDir('trends');
  const config = loadConfig({
    DATA_DIR: join(work, 'engine'),
    MEILI_PORT: String(await freePort()),
  });
  const engine = await startEmbedded(config, { binary: await findBinary(loadConfig()) });
  try {
    const env = {
      DATA_DIR: join(work, 'data'),
      MEILI_URL: engine.url,
      MEILI_MASTER_KEY: engine.masterKey,
    };
    console.log(`\nIngesting ${name}...`);
    const ingest = await runMeasured('ingest/cli.ts', ingestArgs, env, [
      '--max-old-space-size=512',
    ]);
    if (ingest.code !== 0) throw new Error(`the ingest exited ${ingest.code}`);
    const site = loadConfig(env);
    const search = createSiteSearch(site);
    const raw = new Meilisearch({
      host: engine.url,
      apiKey: engine.masterKey,
      requestInit: { headers: { Connection: 'close' } },
    });
    const states = trendsCases.map((params) => parseSearchState(new URLSearchParams(params)));
    const totals = await Promise.all(
      states.map(async (state) => (await computeTrends(search, state)).charts.total),
    );
    const [ours, rawTimes] = await timeSideBySide(states, [
      (state) => computeTrends(search, state),
      (state) => raw.multiSearch({ queries: buildTrendsPlan(state, site.MEILI_INDEX).queries }),
    ]);
    report(name, ours, rawTimes, totals);
  } finally {
    await engine.stop();
    await rm(work, { recursive: true, force: true });
  }
}

type Run = (state: SearchState) => Promise<unknown>;

/**
 * Each search run by both sides in turn, once to warm up and then `repeats` times, so that
 * whatever else the machine does at a moment weighs on both alike; each side's figure for a
 * search is its median.
 */
async function timeSideBySide(
  states: SearchState[],
  sides: [Run, Run],
): Promise<[number[], number[]]> {
  const medians: [number[], number[]] = [[], []];
  for (const state of states) {
    const timings: [number[], number[]] = [[], []];
    for (let round = 0; round <= repeats; round += 1) {
      for (const [side, run] of sides.entries()) {
        const started = performance.now();
        await run(state);
        if (round > 0) timings[side]?.push(performance.now() - started);
      }
    }
    timings.forEach((samples, side) => medians[side]?.push(percentile(samples, 0.5)));
  }
  return medians;
}

function report(name: string, ours: number[], raw: number[], totals: number[]): void {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  console.log(
    `\n${trendsCases.length} searches on ${name}, every chart of each (median of ${repeats} runs per search)`,
  );
  console.log(`matching innovations per search: ${Math.min(...totals)}–${Math.max(...totals)}\n`);
  printTable([
    ['', 'p50 ms', 'p95 ms', 'max ms', 'all 20 ms'],
    ['ours: computeTrends', ...latencyCells(ours), sum(ours).toFixed(1)],
    ['raw Meilisearch multi-search', ...latencyCells(raw), sum(raw).toFixed(1)],
  ]);
  const overhead = (sum(ours) / sum(raw) - 1) * 100;
  console.log(`\nour overhead over raw: ${overhead.toFixed(1)} % (goal ≤ 20 %)`);
  console.log(
    `slowest search, all charts: ${Math.max(...ours).toFixed(1)} ms (goal < 150 ms at 100,000)`,
  );
}
