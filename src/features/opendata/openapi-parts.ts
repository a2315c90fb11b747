import { z } from 'zod';
import { dataDictionary } from '../../lib/schema/dictionary.ts';
import { facetValueSchemas } from '../../lib/index/facets.ts';
import {
  facetOrder,
  facetParams,
  pageParam,
  queryParam,
  sortParam,
  sortValues,
  verifiedParam,
  verifiedValues,
  replicatedParam,
  replicatedValue,
} from '../../lib/search/ui/params.ts';
import { maxPage, maxQueryLength } from '../../lib/search/ui/state.ts';
import { defaultPageSize, facetFields, maxPageSize, pageSizeParam } from './params.ts';
import { namedSchemas, type SchemaName } from './schemas.ts';

type Json = Record<string, unknown>;

/**
 * `components.schemas`: every answer's zod schema as JSON Schema 2020-12 (OpenAPI 3.1's
 * dialect), one referring to another by `$ref`, each field of the record described by the
 * data dictionary.
 */
export function componentSchemas(): Record<SchemaName, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(namedSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
  });
  const out = {} as Record<SchemaName, Json>;
  for (const name of Object.keys(namedSchemas) as SchemaName[]) {
    out[name] = withoutDialect(schemas[name]);
  }
  describeFields(out.Innovation);
  return out;
}

export function schemaRef(name: SchemaName): Json {
  return { $ref: `#/components/schemas/${name}` };
}

/** The search page's parameters, each once, under `components.parameters`. */
export function componentParameters(): Record<string, Json> {
  const facets = Object.fromEntries(
    facetOrder.map((facet) => [
      facetParams[facet],
      {
        name: facetParams[facet],
        in: 'query',
        description: `Filter on \`${facetFields[facet]}\`; repeat for several values (OR).`,
        style: 'form',
        explode: true,
        schema: { type: 'array', items: withoutDialect(z.toJSONSchema(facetValueSchemas[facet])) },
      },
    ]),
  );
  return {
    [queryParam]: query(queryParam, 'Words to search for.', {
      type: 'string',
      maxLength: maxQueryLength,
    }),
    ...facets,
    [sortParam]: query(sortParam, 'Order; relevance (`relevansi`) unless asked.', {
      type: 'string',
      enum: Object.values(sortValues),
    }),
    [verifiedParam]: query(
      verifiedParam,
      'Only records last verified within 12 or 24 months (a dated status statement, else the end of the latest programme year).',
      { type: 'string', enum: Object.values(verifiedValues) },
    ),
    [replicatedParam]: query(
      replicatedParam,
      'Only innovations with a replication confirmed by the innovating agency or an administrator.',
      { type: 'string', enum: [replicatedValue] },
    ),
    [pageParam]: query(pageParam, 'Page, from 1 (the downloads and counts ignore it).', {
      type: 'integer',
      minimum: 1,
      maximum: maxPage,
    }),
    [pageSizeParam]: query(
      pageSizeParam,
      `Records a page (${String(defaultPageSize)} unless asked).`,
      {
        type: 'integer',
        minimum: 1,
        maximum: maxPageSize,
      },
    ),
  };
}

/** References to the parameters every filtered endpoint takes. */
export function filterParameterRefs(): Json[] {
  return [
    queryParam,
    ...facetOrder.map((facet) => facetParams[facet]),
    verifiedParam,
    replicatedParam,
    sortParam,
    pageParam,
  ].map((name) => ({ $ref: `#/components/parameters/${name}` }));
}

/** The failures every endpoint may answer, under `components.responses`. */
export function componentResponses(): Record<string, Json> {
  const retryAfter = {
    'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer', minimum: 1 } },
  };
  const error = (description: string, headers?: Json): Json => ({
    description,
    ...(headers === undefined ? {} : { headers }),
    content: { 'application/json': { schema: schemaRef('Error') } },
  });
  return {
    BadRequest: error('A parameter is unknown or has a bad value; `fields` names each one.'),
    NotFound: error('No innovation has this id.'),
    Gone: error(
      'An innovation had this id once and was removed (its source records are no longer published).',
    ),
    RateLimited: error(
      'Too many requests from this client; wait `Retry-After` seconds.',
      retryAfter,
    ),
    Unavailable: error('The search engine cannot be reached; try again later.', retryAfter),
  };
}

// --- internal ---

/** The document states the dialect once; a schema's own URI is its place in the document. */
function withoutDialect(schema: Json | undefined): Json {
  const copy: Json = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}

function query(name: string, description: string, schema: Json): Json {
  return { name, in: 'query', description, schema };
}

function describeFields(innovation: Json): void {
  const properties = innovation.properties as Record<string, Json>;
  for (const { field, en } of dataDictionary) {
    const property = properties[field];
    if (property !== undefined) property.description = en;
  }
}
