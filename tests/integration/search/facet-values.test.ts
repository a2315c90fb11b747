import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import { createSiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import { facetValuesEndpoint, searchEndpoint } from '../../../src/features/search/api.ts';
import { loadSearchPage, searchInnovations } from '../../../src/features/search/page.ts';
import { emptySearchState } from '../../../src/lib/search/ui/state.ts';
import {
  facetValuesViewSchema,
  searchViewSchema,
  type FacetValuesView,
  type SearchView,
} from '../../../src/lib/search/ui/view.ts';
import type { Endpoint } from '../../../src/http/endpoint.ts';
import type { Portal } from '../../../src/portal/types.ts';
import { INDEX, ingestInto, sampleGroups } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/**
 * Issue 15, point 4: a long facet (regencies, provinces) is sent with its top values and the
 * selected ones; the rest come from `/api/search/facets` when a person opens it, counted as the
 * page counts them. Checked against the engine asked with the master key.
 */
let meili: TestMeili;
let data: TempDir;
let config: Config;
let portal: Portal;
let raw: Index;

beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('facet-values');
  await ingestInto(meili.client, data.path, sampleGroups);
  config = loadConfig({
    DATA_DIR: data.path,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
  });
  portal = testPortal(config);
  raw = meili.client.index(INDEX);
}, 300_000);

afterAll(async () => {
  await meili.stop();
  await data.remove();
});

describe('the search answer', () => {
  it('sends a long facet’s six top values and the selected ones, and says how many it left out', async () => {
    const every = await rawDistribution('regency', 'years = 2019');
    const rare = leastFrequent(every);
    const view = await searchAnswer(`?tahun=2019&kabupaten=${encodeURIComponent(rare)}`);
    const regency = facetOf(view, 'regency');
    const top = Object.entries(every)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 6)
      .map(([value]) => value);
    expect(regency.values.map((entry) => entry.value)).toEqual([...top, rare].filter(unique));
    expect(regency.values.length + regency.hidden).toBe(Object.keys(every).length);
    // A short facet is sent whole.
    const programmes = facetOf(view, 'programmes');
    expect(programmes.hidden).toBe(0);
  });

  it('is a fraction of the whole answer in bytes', async () => {
    const whole = JSON.stringify(
      await searchInnovations(createSiteSearch(config), emptySearchState),
    );
    const sent = await (await call(searchEndpoint, '/api/search')).text();
    expect(sent.length).toBeLessThan(whole.length / 2);
    console.log(`/api/search with no query: ${whole.length} bytes whole, ${sent.length} sent`);
  });

  it('lists one facet whole on the page when ?semua= names it (no JavaScript)', async () => {
    const page = await loadSearchPage(
      createSiteSearch(config),
      new URLSearchParams('tahun=2019&semua=kabupaten'),
      portal.regions(),
    );
    if (!page.outcome.ok) throw new Error('the engine did not answer');
    const regency = facetOf(page.outcome.value, 'regency');
    expect(regency.hidden).toBe(0);
    expect(regency.values).toHaveLength(
      Object.keys(await rawDistribution('regency', 'years = 2019')).length,
    );
    expect(facetOf(page.outcome.value, 'province').hidden).toBeGreaterThan(0);
  });
});

describe('/api/search/facets', () => {
  it('without a text, lists every value counted under the other filters', async () => {
    const province = await biggestProvince();
    const answer = await facetAnswer(
      `?tahun=2019&provinsi=${encodeURIComponent(province)}&kabupaten=Kota%20Padang&faset=kabupaten`,
    );
    const counts = await rawDistribution('regency', `years = 2019 AND province = "${province}"`);
    const listed = Object.fromEntries(answer.values.map((entry) => [entry.value, entry.count]));
    expect(listed).toEqual({ ...counts, 'Kota Padang': counts['Kota Padang'] ?? 0 });
    expect(answer.values.find((entry) => entry.value === 'Kota Padang')?.selected).toBe(true);
  });

  it('counts under the page’s query as the page counts them', async () => {
    const whole = await searchInnovations(
      createSiteSearch(config),
      { ...emptySearchState, q: 'puskesmas' },
      portal.regions(),
    );
    const expected = facetOf(whole, 'province').values;
    const answer = await facetAnswer('?q=puskesmas&faset=provinsi');
    expect(answer.values).toEqual(expected);
  });

  it('refuses a missing or unknown facet and an unknown place, by name', async () => {
    const cases: [string, string][] = [
      ['?q=air', 'faset'],
      ['?faset=negara', 'faset'],
      ['?faset=regency', 'faset'],
      ['?faset=kabupaten&provinsi=Atlantis', 'provinsi'],
    ];
    for (const [query, param] of cases) {
      const response = await call(facetValuesEndpoint, `/api/search/facets${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { fields: Record<string, string> };
      expect(Object.keys(body.fields), query).toEqual([param]);
    }
  });

  it('takes from the client’s read allowance', async () => {
    const limited = testPortal({ ...envOf(config), RATE_LIMIT_READS: '2' });
    const ask = () => call(facetValuesEndpoint, '/api/search/facets?faset=provinsi', limited);
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).not.toBeNull();
  });
});

describe('with the engine stopped', () => {
  it('/api/search/facets answers 503 in the request’s language', async () => {
    await meili.crash();
    const response = await call(facetValuesEndpoint, '/api/search/facets?faset=kabupaten');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: 'unavailable',
      message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
    });
  });
});

// --- internal ---

function call(endpoint: Endpoint<Portal>, path: string, by: Portal = portal): Promise<Response> {
  const url = new URL(`http://portal.test${path}`);
  return endpoint({ request: new Request(url), url, params: {}, clientAddress: '127.0.0.1' }, by);
}

async function searchAnswer(query: string): Promise<SearchView> {
  const response = await call(searchEndpoint, `/api/search${query}`);
  expect(response.status).toBe(200);
  return searchViewSchema.parse(await response.json());
}

async function facetAnswer(query: string): Promise<FacetValuesView> {
  const response = await call(facetValuesEndpoint, `/api/search/facets${query}`);
  expect(response.status, query).toBe(200);
  return facetValuesViewSchema.parse(await response.json());
}

function facetOf(view: SearchView, name: string) {
  const facet = view.facets.find((entry) => entry.name === name);
  if (facet === undefined) throw new Error(`no facet ${name}`);
  return facet;
}

async function rawDistribution(facet: string, filter: string): Promise<Record<string, number>> {
  const result = await raw.search('', { facets: [facet], filter, hitsPerPage: 0, page: 1 });
  return result.facetDistribution?.[facet] ?? {};
}

/** The value with the fewest records (the last by name among them): never a top one. */
function leastFrequent(counts: Record<string, number>): string {
  const [value] =
    Object.entries(counts).sort((a, b) => a[1] - b[1] || b[0].localeCompare(a[0]))[0] ?? [];
  if (value === undefined) throw new Error('no values');
  return value;
}

async function biggestProvince(): Promise<string> {
  const counts = await rawDistribution('province', '');
  const [name] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (name === undefined) throw new Error('the sample has no province');
  return name;
}

function unique(value: string, at: number, all: readonly string[]): boolean {
  return all.indexOf(value) === at;
}

function envOf(parsed: Config): Record<string, string> {
  return {
    DATA_DIR: parsed.DATA_DIR,
    MEILI_URL: parsed.MEILI_URL ?? '',
    MEILI_MASTER_KEY: parsed.MEILI_MASTER_KEY ?? '',
  };
}
