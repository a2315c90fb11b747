import { csvHeader, csvRecord, listSeparator } from './csv.ts';
import {
  exampleCharts,
  exampleError,
  exampleFacets,
  exampleMeta,
  examplePage,
  exampleRecord,
} from './examples.ts';
import {
  componentParameters,
  componentResponses,
  componentSchemas,
  filterParameterRefs,
  schemaRef,
} from './openapi-parts.ts';
import { feedSize } from './feed.ts';
import { dataLicence } from './licence.ts';
import { pageSizeParam } from './params.ts';
import type { SchemaName } from './schemas.ts';

type Json = Record<string, unknown>;

/** Where the API's own pages are, for links in the document. */
export interface DocumentLinks {
  /** The site's origin, `https://…` without a trailing slash. */
  origin: string;
  openDataPage: string;
  dictionaryPage: string;
}

/**
 * The OpenAPI 3.1 document of `/api/v1/`: paths written here, schemas generated from the zod
 * schemas the answers are checked against.
 */
export function openApiDocument(links: DocumentLinks): Json {
  const filters = filterParameterRefs();
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lumbung Inovasi open data API',
      version: '1.0.0',
      description: description(links),
      license: { name: dataLicence.name, identifier: dataLicence.spdx },
    },
    externalDocs: {
      description: 'Data dictionary (fields of the public record)',
      url: `${links.origin}${links.dictionaryPage}`,
    },
    servers: [{ url: `${links.origin}/api/v1` }],
    paths: {
      '/innovations': get(
        'listInnovations',
        'Innovations matching a search, a page at a time',
        [...filters, { $ref: `#/components/parameters/${pageSizeParam}` }],
        jsonOk('InnovationPage', 'A page of public records.', examplePage),
      ),
      '/innovations/{id}': get(
        'getInnovation',
        'One innovation',
        [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        jsonOk('Innovation', 'The public record.', exampleRecord),
        ['NotFound', 'Gone', 'RateLimited', 'Unavailable'],
        { '301': movedResponse },
      ),
      '/innovations.csv': get('exportCsv', 'Every innovation matching a search, as CSV', filters, {
        description: `Streamed CSV (UTF-8 with BOM); columns are the data dictionary's fields, \`sections\` one column per section, lists joined by \`${listSeparator}\`, \`awards\` and \`provenance\` as JSON text.`,
        headers: downloadHeaders,
        content: {
          'text/csv': {
            schema: { type: 'string' },
            example: csvHeader() + csvRecord(exampleRecord),
          },
        },
      }),
      '/innovations.json': get(
        'exportJson',
        'Every innovation matching a search, as one JSON document',
        filters,
        {
          ...jsonOk(
            'InnovationList',
            'Streamed: `meta` (the search, the total, when, the licence and credit, the search page and the metadata) then `data`, the public records.',
            { meta: exampleMeta, data: [exampleRecord] },
          ),
          headers: downloadHeaders,
        },
      ),
      '/innovations.atom': get(
        'feed',
        'The newest innovations of a search, as an Atom feed',
        filters,
        {
          description: `Atom 1.0 (RFC 4287): the ${String(feedSize)} innovations of the search with the latest years, newest first; each entry links the innovation's page, \`updated\` is when something a reader sees last changed.`,
          content: { 'application/atom+xml': { schema: { type: 'string' } } },
        },
      ),
      '/catalog.jsonld': get(
        'catalog',
        "The dataset's metadata (DCAT, JSON-LD)",
        [],
        {
          description:
            'A DCAT catalog of one dataset (also a schema.org Dataset): licence, publisher, the years and country covered, and its distributions. Its JSON-LD context is inline.',
          content: { 'application/ld+json': { schema: { type: 'object' } } },
        },
        ['RateLimited', 'Unavailable'],
      ),
      '/facets': get(
        'facets',
        'Records per facet value for a search',
        filters,
        jsonOk('Facets', 'Each facet with its values and counts.', exampleFacets),
      ),
      '/trends': get(
        'trends',
        'The numbers of the trends charts for a search',
        filters,
        jsonOk('TrendCharts', 'Every chart of the trends page.', exampleCharts),
      ),
      '/replications': get(
        'replications',
        'Confirmed replications, with their numbers per year',
        [replicationParameter],
        jsonOk(
          'Replications',
          'Every replication confirmed by the innovating agency or an administrator, the latest first: the replicating agency, its region, the dates and the verification code (its certificate is /verifikasi/<code>); never a person or a document. `perYear` and `medianDays` are the trends chart.',
          exampleReplications,
        ),
      ),
      '/replications.csv': get(
        'replicationsCsv',
        'Confirmed replications as CSV',
        [replicationParameter],
        {
          description:
            'CSV (UTF-8 with BOM), one row per confirmed replication, the fields of `/replications` as columns.',
          headers: {
            'X-Total-Count': {
              description: 'Records in the download.',
              schema: { type: 'integer' },
            },
          },
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
      ),
      '/openapi.json': get(
        'openApi',
        'This document',
        [],
        {
          description: 'The OpenAPI 3.1 document.',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        ['RateLimited'],
      ),
    },
    components: {
      schemas: componentSchemas(),
      parameters: componentParameters(),
      responses: componentResponses(),
    },
  };
}

// --- internal ---

const replicationParameter = {
  name: 'inovasi',
  in: 'query',
  required: false,
  description: 'Only the replications of this innovation (its id).',
  schema: { type: 'string' },
};

const exampleReplications = {
  total: 1,
  perYear: [{ year: 2026, count: 1 }],
  medianDays: 143,
  data: [
    {
      code: '7KQ2-M9XD-4TRA',
      innovationId: 'kipp-2019-0412',
      agency: 'Dinas Kependudukan dan Pencatatan Sipil Kota Padang',
      cluster: 'kota',
      provinceCode: '13',
      regencyCode: '13.71',
      agreedOn: '2026-01-15',
      startedOn: '2026-03-02',
      confirmedAt: '2026-04-10T03:12:00.000Z',
      province: 'Sumatera Barat',
      regency: 'Kota Padang',
    },
  ],
};

const downloadHeaders = {
  'Content-Disposition': {
    description:
      'attachment; filename="inovasi-<the search as words>-<date>.<csv|json>" (inovasi-tahun-2019-sektor-kesehatan-2026-12-07.csv)',
    schema: { type: 'string' },
  },
  'X-Total-Count': { description: 'Records in the download.', schema: { type: 'integer' } },
};

function jsonOk(schema: SchemaName, description: string, example: unknown): Json {
  return { description, content: { 'application/json': { schema: schemaRef(schema), example } } };
}

type Failure = 'BadRequest' | 'NotFound' | 'Gone' | 'RateLimited' | 'Unavailable';

const failureStatus: Record<Failure, string> = {
  BadRequest: '400',
  NotFound: '404',
  Gone: '410',
  RateLimited: '429',
  Unavailable: '503',
};

/** An id an administrator's join (or the merge) replaced: where its innovation lives now. */
const movedResponse = {
  description: 'The id was joined into another innovation; `Location` is that record.',
  headers: {
    Location: { description: '/api/v1/innovations/<id that stays>', schema: { type: 'string' } },
  },
};

/** What a search endpoint may fail with. */
const searchFailures: Failure[] = ['BadRequest', 'RateLimited', 'Unavailable'];

/** A GET operation: its 200 answer and its failures, each a shared response. */
function get(
  operationId: string,
  summary: string,
  parameters: Json[],
  ok: Json,
  failures: Failure[] = searchFailures,
  more: Json = {},
): Json {
  const responses = Object.fromEntries(
    failures.map((name) => [failureStatus[name], { $ref: `#/components/responses/${name}` }]),
  );
  return {
    get: { operationId, summary, parameters, responses: { '200': ok, ...more, ...responses } },
  };
}

function description(links: DocumentLinks): string {
  return [
    'Read-only access to the public records of Lumbung Inovasi: the innovations of KIPP, IGA and InoLAN.',
    `The list, facet, trend and download endpoints take the search page's URL parameters; unknown parameters are refused (400). GET and HEAD are allowed from any origin (CORS). Each client has a rate limit; downloads have a smaller one.`,
    `Human documentation: ${links.origin}${links.openDataPage}. Data dictionary: ${links.origin}${links.dictionaryPage} (also as CSV and JSON).`,
    `Errors look like ${JSON.stringify(exampleError)}.`,
    `The data are licensed under ${dataLicence.name} (${dataLicence.url}); every answer carries it as \`Link: <…>; rel="license"\`. When you reuse the data, cite Lumbung Inovasi and the programme each record comes from (\`provenance\`).`,
  ].join('\n\n');
}
