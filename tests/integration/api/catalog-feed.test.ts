import { XMLParser } from 'fast-xml-parser';
import jsonld from 'jsonld';
import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX } from '../../helpers/ingest-into.ts';
import type { TestMeili } from '../../helpers/meili.ts';
import { callApi, startApiEngine } from './harness.ts';

/**
 * The dataset's metadata and the search feeds, read as a consumer reads them (a JSON-LD
 * processor, an XML parser with the Atom namespace) and checked against the index read raw.
 */
let meili: TestMeili;
let raw: Index;

beforeAll(async () => {
  ({ meili } = await startApiEngine());
  raw = meili.client.index(INDEX);
}, 300_000);

afterAll(() => meili.stop());

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const CC_BY = 'https://creativecommons.org/licenses/by/4.0/';

type Node = Record<string, unknown>;
const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map((item) => String((item as Node)['@id']));
const values = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map((item) => String((item as Node)['@value']));

describe('GET /api/v1/catalog.jsonld', () => {
  it('is a DCAT catalog of one dataset with its licence, years, country and distributions', async () => {
    const answer = await callApi('/catalog.jsonld', '/catalog.jsonld');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    // Flattened by a JSON-LD processor: every term resolves to the DCAT / Dublin Core IRIs.
    const document = (await answer.json()) as jsonld.JsonLdDocument;
    const graph = (await jsonld.flatten(document)) as unknown as Node[];
    const byType = (type: string) =>
      graph.filter((node) => ((node['@type'] as string[] | undefined) ?? []).includes(type));
    expect(byType(`${DCAT}Catalog`)).toHaveLength(1);
    const [dataset] = byType(`${DCAT}Dataset`);
    if (dataset === undefined) throw new Error('no dcat:Dataset');
    expect(dataset['@type']).toContain('https://schema.org/Dataset');
    expect(ids(dataset[`${DCT}license`])).toEqual([CC_BY]);
    expect(ids(dataset[`${DCT}spatial`])).toEqual([
      'http://publications.europa.eu/resource/authority/country/IDN',
    ]);

    // The years covered are the first and last of the index's `years` facet.
    const { facetDistribution } = await raw.search('', { facets: ['years'], hitsPerPage: 0 });
    const years = Object.keys(facetDistribution?.years ?? {}).map(Number);
    const [period] = byType(`${DCT}PeriodOfTime`);
    expect(values(period?.[`${DCAT}startDate`])).toEqual([String(Math.min(...years))]);
    expect(values(period?.[`${DCAT}endDate`])).toEqual([String(Math.max(...years))]);

    const downloads = byType(`${DCAT}Distribution`).flatMap((one) =>
      ids(one[`${DCAT}downloadURL`]),
    );
    expect(downloads.sort()).toEqual([
      'http://portal.test/api/v1/innovations.atom',
      'http://portal.test/api/v1/innovations.csv',
      'http://portal.test/api/v1/innovations.json',
    ]);
    const [service] = byType(`${DCAT}DataService`);
    expect(ids(service?.[`${DCAT}endpointURL`])).toEqual(['http://portal.test/api/v1']);
    expect(values(dataset[`${DCT}title`]).length).toBe(2);
  });
});

const atom = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: false,
  isArray: (name) => name === 'entry' || name === 'link',
});

interface AtomLink {
  '@_rel': string;
  '@_href': string;
}
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: AtomLink[];
}
interface AtomFeed {
  feed: { '@_xmlns': string; title: string; link: AtomLink[]; entry?: AtomEntry[] };
}

async function feed(path: string): Promise<AtomFeed['feed']> {
  const answer = await callApi('/innovations.atom', path);
  expect(answer.status, path).toBe(200);
  expect(answer.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  return (atom.parse(await answer.text()) as AtomFeed).feed;
}

describe('GET /api/v1/innovations.atom', () => {
  it('lists the newest 50 innovations of a search, as the index orders them', async () => {
    const got = await feed('/innovations.atom?sektor=kesehatan&lang=en');
    expect(got['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(got.title).toBe('Public-service innovations');
    const rels = Object.fromEntries(got.link.map((link) => [link['@_rel'], link['@_href']]));
    expect(rels).toEqual({
      self: 'http://portal.test/api/v1/innovations.atom?sektor=kesehatan',
      alternate: 'http://portal.test/en/search?sektor=kesehatan',
      license: CC_BY,
    });
    const expected = await raw.search('', {
      filter: 'sectors = "kesehatan"',
      sort: ['latestYear:desc'],
      hitsPerPage: 50,
      page: 1,
      attributesToRetrieve: ['id', 'title', 'updatedAt'],
    });
    const entries = got.entry ?? [];
    expect(entries.map((entry) => entry.id)).toEqual(
      expected.hits.map((hit) => `http://portal.test/en/innovation/${String(hit.id)}`),
    );
    expect(entries.map((entry) => entry.title)).toEqual(
      expected.hits.map((hit) => String(hit.title)),
    );
    expect(entries.map((entry) => entry.updated)).toEqual(
      expected.hits.map((hit) => String(hit.updatedAt)),
    );
  });

  it('titles a feed of words in the page’s language, and refuses what a search cannot take', async () => {
    const got = await feed('/innovations.atom?q=sampah');
    expect(got.title).toBe('Inovasi pelayanan publik: sampah');
    expect((got.entry ?? []).length).toBeGreaterThan(0);
    const refused = await callApi('/innovations.atom', '/innovations.atom?tahun=abad');
    expect(refused.status).toBe(400);
  });
});
