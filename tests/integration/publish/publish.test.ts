import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containsContact } from '../../../src/lib/normalise/people.ts';
import { facetNames } from '../../../src/lib/index/facets.ts';
import { allIds, INDEX, ingestInto, sampleGroups } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let meili: TestMeili;
let data: TempDir;
let firstIds: string[];

beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('publish');
  await ingestInto(meili.client, data.path, sampleGroups);
  firstIds = await allIds(meili.client);
}, 180_000);

afterAll(async () => {
  await meili.stop();
  await data.remove();
});

describe('publishing the sample', () => {
  it('holds about 3,000 innovations with every facet of PRODUCT.md in its distribution', async () => {
    expect(firstIds.length).toBeGreaterThanOrEqual(2900);
    expect(firstIds.length).toBeLessThanOrEqual(3100);
    const result = await meili.client
      .index(INDEX)
      .search('', { facets: [...facetNames], limit: 0 });
    for (const facet of facetNames) {
      const values = Object.keys(result.facetDistribution?.[facet] ?? {});
      expect(values.length, facet).toBeGreaterThan(1);
    }
    expect(Object.keys(result.facetDistribution?.regency ?? {}).length).toBeGreaterThan(100);
  });

  it('leaves no half-built index behind', async () => {
    const { results } = await meili.client.getRawIndexes();
    expect(results.map((index) => index.uid)).toEqual([INDEX]);
  });

  it('publishes no contact data and no live markup', async () => {
    const { results } = await meili.client.index(INDEX).getDocuments({ limit: 100_000 });
    const text = results.map((doc) => JSON.stringify(doc));
    for (const line of text) {
      expect(line).not.toMatch(/<script|onerror|javascript:/i);
      expect(containsContact(line)).toBe(false);
    }
  });
});

describe('the search-only key', () => {
  let searchOnly: Meilisearch;

  beforeAll(async () => {
    const saved = JSON.parse(await readFile(join(data.path, 'search-key.json'), 'utf8')) as {
      key: string;
      indexUid: string;
    };
    expect(saved.indexUid).toBe(INDEX);
    searchOnly = new Meilisearch({ host: meili.url, apiKey: saved.key });
  });

  it('searches', async () => {
    const result = await searchOnly.index(INDEX).search('basaba', { limit: 3 });
    expect(result.hits.length).toBeGreaterThan(0);
  });

  it('cannot add documents, change settings or read keys', async () => {
    const refused = async (call: () => Promise<unknown>) => {
      const error: unknown = await call().then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(MeilisearchApiError);
      return error instanceof MeilisearchApiError ? [error.response.status, error.cause?.code] : [];
    };
    const expected = [403, 'invalid_api_key'];
    expect(await refused(() => searchOnly.index(INDEX).addDocuments([{ id: 'spam' }]))).toEqual(
      expected,
    );
    expect(
      await refused(() => searchOnly.index(INDEX).updateSettings({ stopWords: ['x'] })),
    ).toEqual(expected);
    expect(await refused(() => searchOnly.getKeys())).toEqual(expected);
  });

  it('is the same key after a re-run, not a new one', async () => {
    const before = (await meili.client.getKeys({ limit: 100 })).results.length;
    await ingestInto(meili.client, data.path, [
      { programme: 'inolan', inputs: ['data/samples/inolan'] },
    ]);
    expect((await meili.client.getKeys({ limit: 100 })).results.length).toBe(before);
  }, 120_000);
});

describe('re-ingesting', () => {
  it('gives the same ids and the same count for the same inputs', async () => {
    await ingestInto(meili.client, data.path, sampleGroups);
    expect(await allIds(meili.client)).toEqual(firstIds);
  }, 180_000);
});
