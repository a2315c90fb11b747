import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptySearchState, type SearchState } from '../../../src/lib/search/ui/state.ts';
import { searchViewSchema, type SearchView } from '../../../src/lib/search/ui/view.ts';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import { createSiteSearch, isEngineDown } from '../../../src/infra/meilisearch/site-engine.ts';
import { searchEndpoint } from '../../../src/features/search/api.ts';
import { searchInnovations } from '../../../src/features/search/page.ts';
import { INDEX, ingestInto, sampleGroups } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

let meili: TestMeili;
let data: TempDir;
let config: Config;
/** The index with the master key: the ground truth the portal's answers are checked against. */
let raw: Index;

beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('search');
  await ingestInto(meili.client, data.path, sampleGroups);
  config = loadConfig({
    DATA_DIR: data.path,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
  });
  raw = meili.client.index(INDEX);
}, 300_000);

afterAll(async () => {
  await meili.stop();
  await data.remove();
});

describe('facets', () => {
  it('two values of one facet give their union, and neither changes the other’s count', async () => {
    const one = await search({ years: ['2019'] });
    const both = await search({ years: ['2019', '2020'] });
    expect(both.total).toBe(await rawCount('years = 2019 OR years = 2020'));
    expect(one.total).toBe(await rawCount('years = 2019'));
    for (const year of ['2019', '2020']) {
      const alone = await rawCount(`years = ${year}`);
      expect(countOf(one, 'years', year)).toBe(alone);
      expect(countOf(both, 'years', year)).toBe(alone);
    }
    expect(valuesOf(both, 'years').filter((value) => value.selected)).toHaveLength(2);
  });

  it('a second facet intersects, and counts each facet under the other’s filter', async () => {
    const province = await biggestProvince();
    const view = await search({ years: ['2019', '2020'], province: [province] });
    const provinceFilter = `province = "${province}"`;
    expect(view.total).toBe(await rawCount(`(years = 2019 OR years = 2020) AND ${provinceFilter}`));
    expect(view.total).toBeGreaterThan(0);
    expect(countOf(view, 'years', '2019')).toBe(
      await rawCount(`years = 2019 AND ${provinceFilter}`),
    );
    expect(countOf(view, 'province', province)).toBe(view.total);
    const others = valuesOf(view, 'province').find((value) => !value.selected);
    if (others) {
      expect(others.count).toBe(
        await rawCount(`(years = 2019 OR years = 2020) AND province = "${others.value}"`),
      );
    }
    expect(view.hits.every((hit) => hit.place !== undefined)).toBe(true);
  });

  it('lists years newest first', async () => {
    const years = valuesOf(await search({}), 'years').map((value) => Number(value.value));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('tells the empty state how many results removing each filter gives', async () => {
    const view = await search({ years: ['2014'], digital: ['true'], status: ['vakum'] });
    const relaxed = Object.fromEntries(view.relaxed.map(({ facet, total }) => [facet, total]));
    expect(relaxed.years).toBe(await rawCount('digital = true AND status = vakum'));
    expect(relaxed.digital).toBe(await rawCount('years = 2014 AND status = vakum'));
  });

  it('keeps a value with a quote a value', async () => {
    const view = await search({ province: ['Jawa Barat" OR province = "Bali'] });
    expect(view.total).toBe(0);
  });
});

describe('queries, sorts and pages', () => {
  it('finds and marks what was typed, stemmed', async () => {
    const view = await search({}, { q: 'puskesmas keliling' });
    expect(view.total).toBeGreaterThan(0);
    const marked = (segments: readonly { match: boolean }[] | undefined): boolean =>
      segments?.some((segment) => segment.match) ?? false;
    // The sample's first hit may match in its unit (Puskesmas Keliling Danau, a district's
    // name): then its snippet marks the words, and titles further down mark them.
    const first = view.hits[0];
    expect(first?.snippet.length).toBeGreaterThan(0);
    expect(marked(first?.title) || marked(first?.snippet)).toBe(true);
    expect(view.hits.filter((hit) => marked(hit.title)).length).toBeGreaterThan(3);
  });

  it('sorts newest first by the latest year an innovation appears', async () => {
    const view = await search({}, { sort: 'newest' });
    const latest = view.hits.map((hit) => hit.lastYear);
    expect(latest).toEqual([...latest].sort((a, b) => b - a));
    const newestYear = Math.max(...valuesOf(view, 'years').map((value) => Number(value.value)));
    expect(latest[0]).toBe(newestYear);
  });

  it('sorts by title and by replication interest', async () => {
    const byTitle = await search({}, { sort: 'title', page: 2 });
    const titles = byTitle.hits.map((hit) => hit.title.map((segment) => segment.text).join(''));
    const lower = titles.map((title) => title.toLowerCase());
    expect(lower).toEqual([...lower].sort());
    const byInterest = await search({}, { sort: 'interest' });
    const interest = byInterest.hits.map((hit) => hit.interestCount);
    expect(interest).toEqual([...interest].sort((a, b) => b - a));
    const { hits } = await raw.search('', { sort: ['interestCount:desc'], limit: 1 });
    expect(interest[0]).toBe((hits[0] as { interestCount: number }).interestCount);
  });

  it('pages 20 at a time with an exact total', async () => {
    const view = await search({}, { page: 2 });
    expect(view.hits).toHaveLength(20);
    expect(view.total).toBe((await raw.getStats()).numberOfDocuments);
    expect(view.totalPages).toBe(Math.ceil(view.total / 20));
  });
});

describe('the API route', () => {
  it('answers the view model for the page’s parameters', async () => {
    const response = await callSearchApi(api('?q=stunting&tahun=2019&tahun=2020&urut=terbaru'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('max-age');
    const view = searchViewSchema.parse(await response.json());
    expect(view.state).toMatchObject({ q: 'stunting', sort: 'newest' });
    expect(view.state.filters.years).toEqual(['2019', '2020']);
  });

  it('names bad parameters with 400', async () => {
    const response = await callSearchApi(api('?tahun=dua&halaman=0'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual(['halaman', 'tahun']);
  });
});

describe('with the engine stopped', () => {
  it('search says the engine is down and the API answers 503', async () => {
    await meili.crash();
    await expect(search({})).rejects.toSatisfy(isEngineDown);
    const response = await callSearchApi(api('?q=ktp'));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: 'unavailable',
      message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
    });
  });
});

// --- internal ---

function search(
  filters: Partial<SearchState['filters']>,
  rest: Partial<Omit<SearchState, 'filters'>> = {},
): Promise<SearchView> {
  const state = {
    ...emptySearchState,
    ...rest,
    filters: { ...emptySearchState.filters, ...filters },
  };
  return searchInnovations(createSiteSearch(config), state);
}

/** The search route as the site answers it, for a portal of the test's configuration. */
function callSearchApi(url: URL): Promise<Response> {
  const request = { request: new Request(url), url, params: {}, clientAddress: '127.0.0.1' };
  return searchEndpoint(request, testPortal(config));
}

function api(query: string): URL {
  return new URL(`http://portal.test/api/search${query}`);
}

async function rawCount(filter: string): Promise<number> {
  const result = await raw.search('', { filter, hitsPerPage: 0, page: 1 });
  return result.totalHits;
}

function valuesOf(view: SearchView, facet: string) {
  return view.facets.find((entry) => entry.name === facet)?.values ?? [];
}

function countOf(view: SearchView, facet: string, value: string): number | undefined {
  return valuesOf(view, facet).find((entry) => entry.value === value)?.count;
}

async function biggestProvince(): Promise<string> {
  const { facetDistribution } = await raw.search('', { facets: ['province'], limit: 0 });
  const [name] =
    Object.entries(facetDistribution?.province ?? {}).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (name === undefined) throw new Error('the sample has no province');
  return name;
}
