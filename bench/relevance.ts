import type { Innovation } from '../src/lib/schema/innovation.ts';
import {
  relevanceKinds,
  relevanceSet,
  type RelevanceCase,
} from '../tests/integration/relevance/cases/index.ts';
import { startRelevanceEngine } from '../tests/integration/relevance/harness.ts';
import { firstIsRight, ndcgAt10, top3Problems } from '../tests/integration/relevance/judge.ts';
import { printTable } from './dataset.ts';
import { latencyCells } from './percentiles.ts';

/**
 * `npm run bench -- relevance`: the relevance set (tests/integration/relevance/cases/) on the
 * bundled sample, through the portal's search and through raw Meilisearch on the same index
 * (the query as typed, default parameters), per kind and overall: top-1 (the first hit is
 * right), top-3 (the case passes) and nDCG@10 (binary gains; the ideal ranking holds every
 * relevant record of the sample). Goals: ≥ 95 % top-3 and ≥ 85 % top-1 overall, no kind under
 * 85 % top-3. Also how long each query took, ours (every round trip of `searchInnovations`:
 * stem probes, the page's multi-search, relaxation) beside raw (one search of 20 hits).
 */
export async function benchRelevance(): Promise<void> {
  console.log('Ingesting the sample...');
  const engine = await startRelevanceEngine();
  try {
    const records = [...engine.records.values()];
    const rows: string[][] = [];
    const overall = { ours: emptyScore(), raw: emptyScore() };
    const took = { ours: [] as number[], raw: [] as number[] };
    for (const kind of relevanceKinds) {
      const ours = emptyScore();
      const raw = emptyScore();
      for (const relevanceCase of relevanceSet[kind]) {
        const { query } = relevanceCase;
        add(ours, relevanceCase, (await timed(took.ours, () => engine.ours(query))).hits, records);
        add(raw, relevanceCase, await timed(took.raw, () => engine.raw(query)), records);
      }
      rows.push(row(`${kind} (${String(ours.count)})`, ours, raw));
      merge(overall.ours, ours);
      merge(overall.raw, raw);
    }
    console.log(
      `\n${String(overall.ours.count)} queries on the sample (${String(records.length)} innovations)\n`,
    );
    printTable([
      ['', 'ours top-1', 'ours top-3', 'ours nDCG', 'raw top-1', 'raw top-3', 'raw nDCG'],
      ...rows,
      row('all', overall.ours, overall.raw),
    ]);
    console.log('\ngoals (ours): top-3 ≥ 95 %, top-1 ≥ 85 %, every kind top-3 ≥ 85 %\n');
    printTable([
      ['per query', 'p50 ms', 'p95 ms', 'max ms'],
      ['ours: searchInnovations', ...latencyCells(took.ours)],
      ['raw Meilisearch search', ...latencyCells(took.raw)],
    ]);
  } finally {
    await engine.stop();
  }
}

// --- internal ---

async function timed<T>(samples: number[], run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  samples.push(performance.now() - start);
  return result;
}

interface Score {
  count: number;
  top1: number;
  top3: number;
  ndcg: number;
}

function emptyScore(): Score {
  return { count: 0, top1: 0, top3: 0, ndcg: 0 };
}

function add(
  score: Score,
  relevanceCase: RelevanceCase,
  hits: readonly Innovation[],
  records: readonly Innovation[],
): void {
  score.count += 1;
  if (firstIsRight(relevanceCase, hits)) score.top1 += 1;
  if (top3Problems(relevanceCase, hits).length === 0) score.top3 += 1;
  score.ndcg += ndcgAt10(relevanceCase, hits, records);
}

function merge(into: Score, from: Score): void {
  into.count += from.count;
  into.top1 += from.top1;
  into.top3 += from.top3;
  into.ndcg += from.ndcg;
}

function row(name: string, ours: Score, raw: Score): string[] {
  return [name, ...cells(ours), ...cells(raw)];
}

function cells(score: Score): string[] {
  const share = (part: number) => `${((part / score.count) * 100).toFixed(1)} %`;
  return [share(score.top1), share(score.top3), (score.ndcg / score.count).toFixed(3)];
}
