import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  issueCases,
  issue15Cases,
  relevanceKinds,
  relevanceSet,
  type RelevanceCase,
} from './cases/index.ts';
import type { Innovation } from '../../../src/lib/schema/innovation.ts';
import { startRelevanceEngine, type RelevanceEngine } from './harness.ts';
import { firstIsRight, top3Problems } from './judge.ts';

let engine: RelevanceEngine;

/** The real sample, ingested and published as `npm run ingest` does, searched as the site does. */
beforeAll(async () => {
  engine = await startRelevanceEngine();
}, 300_000);

afterAll(async () => {
  await engine.stop();
});

describe('issue 15: every query of its first list gives what a person means in its top 3', () => {
  for (const { case: relevanceCase } of issue15Cases) {
    it(`${relevanceCase.query}: ${relevanceCase.why}`, async () => {
      const { hits } = await engine.ours(relevanceCase.query);
      expect(top3Problems(relevanceCase, hits)).toEqual([]);
    });
  }
});

const issue15Queries = new Set(issue15Cases.map((entry) => entry.case.query));

describe('the relevance set, by kind, through the portal’s search', () => {
  for (const kind of relevanceKinds) {
    describe(kind, () => {
      for (const relevanceCase of relevanceSet[kind]) {
        if (issue15Queries.has(relevanceCase.query)) continue;
        const test = relevanceCase.knownWeakness === undefined ? it : it.fails;
        test(`${relevanceCase.query}: ${relevanceCase.why}`, async () => {
          const { hits } = await engine.ours(relevanceCase.query);
          expect(top3Problems(relevanceCase, hits)).toEqual([]);
        });
      }
    });
  }
});

describe('the relevance set as a whole', () => {
  it('has at least 150 queries, ≥ 95 % right in the top 3, ≥ 85 % at the top, no kind under 85 %', async () => {
    const scores = await Promise.all(
      relevanceKinds.map(async (kind) => ({ kind, ...(await score(relevanceSet[kind])) })),
    );
    const cases = scores.reduce((sum, { count }) => sum + count, 0);
    const top3 = scores.reduce((sum, { top3 }) => sum + top3, 0);
    const top1 = scores.reduce((sum, { top1 }) => sum + top1, 0);
    expect(cases).toBeGreaterThanOrEqual(150);
    expect(top3 / cases).toBeGreaterThanOrEqual(0.95);
    expect(top1 / cases).toBeGreaterThanOrEqual(0.85);
    const weakKinds = scores.filter(({ count, top3: right }) => right / count < 0.85);
    expect(weakKinds.map(({ kind }) => kind)).toEqual([]);
  });
});

describe('what the page is told', () => {
  it('spelling variants meet: antrian finds the antrean titles and back', async () => {
    // The sample writes antrean faskes and antrian puskesmas, never the other way round.
    const [antrian, antrean] = await Promise.all([
      engine.ours('antrian faskes'),
      engine.ours('antrean puskesmas'),
    ]);
    const titles = (hits: readonly Innovation[]) => hits.map((hit) => hit.title).join('\n');
    expect(titles(antrian.hits)).toMatch(/antrean/i);
    expect(titles(antrean.hits)).toMatch(/antrian/i);
  });

  it('names the place it understood, and its records come first without hiding the rest', async () => {
    const { view, hits } = await engine.ours('puskesmas kota padang');
    expect(view.understood?.place).toEqual({
      facet: 'regency',
      name: 'Kota Padang',
      words: ['kota', 'padang'],
    });
    expect(hits[0]?.regency).toBe('Kota Padang');
    expect(view.total).toBe((await engine.ours('puskesmas')).view.total);
  });

  it('a query that only names a place finds its records, then others that mention it', async () => {
    const { view, hits } = await engine.ours('pemkab sleman');
    const sleman = [...engine.records.values()].filter(
      (record) => record.regency === 'Kabupaten Sleman',
    );
    expect(sleman.length).toBeGreaterThan(3);
    expect(view.total).toBeGreaterThanOrEqual(sleman.length);
    expect(view.total).toBeLessThan(engine.records.size / 10);
    const first = hits.slice(0, Math.min(sleman.length, hits.length));
    expect(first.every((hit) => hit.regency === 'Kabupaten Sleman')).toBe(true);
  });

  it('drops the least telling word and offers the removal that finds the most', async () => {
    const { view } = await engine.ours('sekolah gratis bagi anak');
    expect(view.understood?.dropped).toEqual(['anak']);
    const offer = view.understood?.offer;
    expect(offer?.word).toBe('gratis');
    expect(offer?.q).toBe('sekolah bagi anak');
    // Records holding both other words; the page it links to ranks them first.
    const offered = await engine.ours(offer?.q ?? '');
    expect(offer?.total).toBeGreaterThan(0);
    expect(offered.view.understood?.dropped).toEqual([]);
    expect(offered.view.total).toBeGreaterThanOrEqual(offer?.total ?? 0);
  });

  it('says which Indonesian words an English query used', async () => {
    const { view } = await engine.ours('birth certificate online');
    expect(view.understood?.translated).toEqual([
      { from: 'birth certificate', to: 'akta kelahiran' },
    ]);
    expect(view.understood?.searched).toBe('akta kelahiran online');
  });

  it('relaxes a query nothing holds whole, saying which word it dropped', async () => {
    const { view, hits } = await engine.ours('akta kelahiran zzqxv');
    expect(view.understood?.dropped).toEqual(['zzqxv']);
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('the issue 3 queries sent as typed (a client that does not stem, e.g. the raw API)', () => {
  for (const relevanceCase of issueCases) {
    it(relevanceCase.query, async () => {
      expect(top3Problems(relevanceCase, await engine.raw(relevanceCase.query))).toEqual([]);
    });
  }
});

// --- internal ---

async function score(
  cases: readonly RelevanceCase[],
): Promise<{ count: number; top3: number; top1: number }> {
  let top3 = 0;
  let top1 = 0;
  for (const relevanceCase of cases) {
    const { hits } = await engine.ours(relevanceCase.query);
    if (top3Problems(relevanceCase, hits).length === 0) top3 += 1;
    if (firstIsRight(relevanceCase, hits)) top1 += 1;
  }
  return { count: cases.length, top3, top1 };
}
