import { readFile } from 'node:fs/promises';
import { Meilisearch, type Hit, type Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innovationSchema, type Innovation } from '../../../src/lib/schema/innovation.ts';
import { stemQuery } from '../../../src/lib/search/query.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { INDEX, ingestInto, sampleGroups } from '../../helpers/ingest-into.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { issueCases, relevanceCases, type RelevanceCase } from './queries.ts';

let meili: TestMeili;
let data: TempDir;
let index: Index<Innovation>;

/**
 * The real sample, ingested and published as `npm run ingest` does, then searched with the
 * search-only key the ingest wrote for the site: what a browser will get.
 */
beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('relevance');
  await ingestInto(meili.client, data.path, sampleGroups);
  const { key } = JSON.parse(await readFile(data.file('search-key.json'), 'utf8')) as {
    key: string;
  };
  index = new Meilisearch({ host: meili.url, apiKey: key }).index<Innovation>(INDEX);
}, 300_000);

afterAll(async () => {
  await meili.stop();
  await data.remove();
});

describe('the top 3 for what people type, sent through stemQuery', () => {
  for (const relevanceCase of relevanceCases) {
    const test = relevanceCase.knownWeakness === undefined ? it : it.fails;
    test(`${relevanceCase.query}: ${relevanceCase.why}`, async () => {
      const { hits } = await index.search(stemQuery(relevanceCase.query), { limit: 3 });
      expectTop3(relevanceCase, hits);
    });
  }
});

describe('the issue queries sent as typed (a client that does not stem, e.g. the raw API)', () => {
  for (const relevanceCase of issueCases) {
    it(relevanceCase.query, async () => {
      const { hits } = await index.search(relevanceCase.query, { limit: 3 });
      expectTop3(relevanceCase, hits);
    });
  }
});

describe('hits', () => {
  it('show the public record only, never the shadow fields', async () => {
    const { hits } = await index.search('basaba', { limit: 1 });
    expect(Object.keys(hits[0] ?? {}).sort()).toEqual(
      Object.keys(innovationSchema.parse(hits[0])).sort(),
    );
    expect(Object.keys(hits[0] ?? {}).filter((key) => key.startsWith('stemmed'))).toEqual([]);
  });
});

// --- internal ---

function expectTop3(relevanceCase: RelevanceCase, hits: Hit<Innovation>[]): void {
  const titles = hits.map((hit) => hit.title);
  if (relevanceCase.inTop3) {
    expect(missingFrom(hits, relevanceCase.inTop3), `top 3: ${titles.join(' / ')}`).toEqual([]);
  }
  const about = relevanceCase.everyTop3;
  if (about) {
    expect(titles).toHaveLength(3);
    const offTopic = hits.filter((hit) => !about.matches.test(fieldOf(hit, about.in)));
    expect(offTopic.map((hit) => `${hit.title} (${hit.agency})`)).toEqual([]);
  }
}

/** The expected names no hit of its own carries as title or acronym. */
function missingFrom(hits: Hit<Innovation>[], names: readonly string[]): string[] {
  const left = [...hits];
  return names.filter((name) => {
    const at = left.findIndex((hit) => [hit.title, hit.acronym].some((value) => same(value, name)));
    if (at >= 0) left.splice(at, 1);
    return at < 0;
  });
}

function same(value: string | undefined, name: string): boolean {
  return value?.toLowerCase() === name.toLowerCase();
}

function fieldOf(hit: Innovation, field: 'title' | 'agency' | 'text'): string {
  if (field !== 'text') return hit[field];
  const { title, acronym, expansion, summary, agency, unit, sections } = hit;
  return [title, acronym, expansion, summary, agency, unit, ...Object.values(sections)]
    .filter((part) => part !== undefined)
    .join('\n');
}
