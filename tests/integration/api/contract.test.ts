import { compileErrors, validate } from '@readme/openapi-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../../src/features/opendata/csv.ts';
import { replicationColumns } from '../../../src/features/opendata/replications.ts';
import { openApiDocument } from '../../../src/features/opendata/openapi.ts';
import { namedSchemas, type SchemaName } from '../../../src/features/opendata/schemas.ts';
import { openDatabase } from '../../../src/infra/database/open.ts';
import { allIds } from '../../helpers/ingest-into.ts';
import type { TestMeili } from '../../helpers/meili.ts';
import { callApi, startApiEngine } from './harness.ts';

/**
 * Every answer the OpenAPI document promises, asked for and checked against the document: its
 * status, its content type, its body against the schema the document names for it (the zod
 * schema that part of the document was generated from). 429 needs a server with a rate limit
 * of its own: tests/e2e/open-data.test.ts; 503 needs an engine that is down: engine-down.test.ts.
 */
let meili: TestMeili;
let someId: string;

beforeAll(async () => {
  let config;
  ({ meili, config } = await startApiEngine());
  someId = (await allIds(meili.client))[7] ?? '';
  // What a publish would have told the store: one id joined into `someId`, one removed.
  const store = await openDatabase(config);
  await store.recordIdChanges(
    { moved: [['digabung-00000000', someId]], gone: ['dihapus-00000000'], added: [] },
    new Date().toISOString(),
  );
  await store.close();
}, 300_000);

afterAll(() => meili.stop());

interface Operation {
  responses: Record<string, Response200 | { $ref: string }>;
}
interface Response200 {
  content?: Record<string, { schema?: { $ref?: string } }>;
}
type Paths = Record<string, { get: Operation }>;

const document = openApiDocument({
  origin: 'http://portal.test',
  openDataPage: '/o',
  dictionaryPage: '/d',
});
const paths = document.paths as Paths;
const responses = (document.components as { responses: Record<string, Response200> }).responses;

/** A request that should get each documented answer, by `<path> <status>`. */
const requests: Record<string, { path: string; id?: string }> = {
  '/innovations 200': { path: '/innovations?tahun=2019&per_halaman=5&halaman=2' },
  '/innovations 400': { path: '/innovations?tahun=20x9&per_halaman=500&year=2019' },
  '/innovations/{id} 200': { path: '/innovations/<id>' },
  '/innovations/{id} 301': { path: '/innovations/digabung-00000000', id: 'digabung-00000000' },
  '/innovations/{id} 404': { path: '/innovations/tidak-ada-00000000', id: 'tidak-ada-00000000' },
  '/innovations/{id} 410': { path: '/innovations/dihapus-00000000', id: 'dihapus-00000000' },
  '/innovations.csv 200': { path: '/innovations.csv?klaster=kota&sektor=kesehatan' },
  '/innovations.csv 400': { path: '/innovations.csv?klaster=desa' },
  '/innovations.json 200': { path: '/innovations.json?program=inolan' },
  '/innovations.json 400': { path: '/innovations.json?per_halaman=5' },
  '/facets 200': { path: '/facets?q=kesehatan&tahun=2021' },
  '/facets 400': { path: '/facets?urut=acak' },
  '/trends 200': { path: '/trends?program=iga' },
  '/trends 400': { path: '/trends?sdg=18' },
  '/openapi.json 200': { path: '/openapi.json' },
  '/innovations.atom 200': { path: '/innovations.atom?sektor=kesehatan' },
  '/innovations.atom 400': { path: '/innovations.atom?per_halaman=5' },
  '/catalog.jsonld 200': { path: '/catalog.jsonld' },
  '/replications 200': { path: '/replications' },
  '/replications 400': { path: '/replications?inovasi=../x&tahun=2019' },
  '/replications.csv 200': { path: '/replications.csv?inovasi=tidak-ada' },
  '/replications.csv 400': { path: '/replications.csv?urut=replikasi' },
};
const elsewhere = new Set(['429', '503']);

const documented = Object.entries(paths).flatMap(([path, item]) =>
  Object.entries(item.get.responses).map(([status, response]) => ({ path, status, response })),
);

describe('the OpenAPI document’s promises', () => {
  it('are made by a valid OpenAPI 3.1 document, as served', async () => {
    const served: unknown = await (await callApi('/openapi.json', '/openapi.json')).json();
    const result = await validate(served as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('are each asked for here (or in the e2e and engine-down tests)', () => {
    const asked = documented
      .filter(({ status }) => !elsewhere.has(status))
      .map(({ path, status }) => `${path} ${status}`);
    expect(asked.sort()).toEqual(Object.keys(requests).sort());
  });

  it.each(documented.filter(({ status }) => !elsewhere.has(status)))(
    '$path answers $status as documented',
    async ({ path, status, response }) => {
      const request = requests[`${path} ${status}`];
      if (request === undefined) throw new Error(`no request for ${path} ${status}`);
      const id = path === '/innovations/{id}' ? (request.id ?? someId) : undefined;
      const answer = await callApi(path, request.path.replace('<id>', someId), {
        ...(id === undefined ? {} : { id }),
      });
      expect(answer.status).toBe(Number(status));
      expect(answer.headers.get('access-control-allow-origin')).toBe('*');
      expect(answer.headers.get('link')).toBe(
        '<https://creativecommons.org/licenses/by/4.0/>; rel="license", ' +
          '</api/v1/catalog.jsonld>; rel="describedby"',
      );
      const promised = resolve(response);
      if (status === '301') {
        expect(answer.headers.get('location')).toBe(`/api/v1/innovations/${someId}`);
        return;
      }
      const [mediaType, media] = Object.entries(promised.content ?? {})[0] ?? [];
      expect(answer.headers.get('content-type')).toBe(`${String(mediaType)}; charset=utf-8`);
      const text = await answer.text();
      const ref = media?.schema?.$ref;
      if (ref !== undefined) {
        const name = ref.replace('#/components/schemas/', '') as SchemaName;
        namedSchemas[name].parse(JSON.parse(text));
      } else if (mediaType === 'text/csv') {
        const rows: string[][] = parseCsv(text, { bom: true });
        expect(rows[0]).toEqual(path === '/replications.csv' ? replicationColumns : csvColumns);
        expect(rows.length - 1).toBe(Number(answer.headers.get('x-total-count')));
      } else if (mediaType === 'application/atom+xml') {
        expect(new XMLParser().parse(text)).toHaveProperty('feed.title');
      } else if (mediaType === 'application/ld+json') {
        expect(JSON.parse(text)).toHaveProperty(['@type'], 'dcat:Catalog');
      } else {
        expect(JSON.parse(text)).toMatchObject({ openapi: '3.1.0' });
      }
    },
  );
});

function resolve(response: Response200 | { $ref: string }): Response200 {
  if (!('$ref' in response)) return response;
  const found = responses[response.$ref.replace('#/components/responses/', '')];
  if (found === undefined) throw new Error(`unresolved ${response.$ref}`);
  return found;
}
