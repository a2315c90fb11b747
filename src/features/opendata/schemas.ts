import { z } from 'zod';
import { errorCodes } from '../../http/failure.ts';
import { innovationSchema } from '../../lib/schema/innovation.ts';
import { replicationsAnswerSchema } from '../../lib/replication/schema.ts';
import { facetValueViewSchema } from '../../lib/search/ui/view.ts';
import {
  crossTableSchema,
  survivalSchema,
  trendChartsSchema,
  valueCountsSchema,
} from '../../lib/trends/view.ts';

/**
 * The answers of the open-data API as zod schemas: the OpenAPI document's schemas are generated
 * from these (`openapi.ts`), and the tests check every answer against them, so the document,
 * the code and the answers cannot drift apart.
 */
export const recordPageSchema = z.object({
  /** Records matching the search (exact). */
  total: z.int().min(0),
  page: z.int().min(1),
  pageSize: z.int().min(1),
  totalPages: z.int().min(0),
  data: z.array(innovationSchema),
});

export const facetsAnswerSchema = z.object({
  total: z.int().min(0),
  facets: z.array(
    z.object({
      /** The URL parameter that filters on the facet (`tahun`). */
      parameter: z.string(),
      /** The record's field it counts (`years`, `awards.level`). */
      field: z.string(),
      values: z.array(facetValueViewSchema),
    }),
  ),
});

export const errorSchema = z.object({
  /** A stable code, the same on every route of the portal (`src/http/failure.ts`). */
  error: z.enum(errorCodes),
  /** For people, in the request's language (`?lang=` or Accept-Language). */
  message: z.string(),
  /** Each bad URL parameter with what is wrong with it, in the same language. */
  fields: z.record(z.string(), z.string()).optional(),
});

/** What a JSON download says of itself (`exportMeta`). */
export const exportMetaSchema = z.object({
  /** The search's words and filters as URL parameters (`?tahun=2019`), `''` for everything. */
  search: z.string(),
  total: z.int(),
  retrievedAt: z.iso.datetime(),
  licence: z.object({ name: z.string(), url: z.url() }),
  attribution: z.string(),
  /** The search page showing the same records. */
  source: z.url(),
  /** The dataset's DCAT metadata. */
  catalog: z.url(),
});

export const exportSchema = z.object({ meta: exportMetaSchema, data: z.array(innovationSchema) });

/** Each schema under its name in the document's `components.schemas`. */
export const namedSchemas = {
  Innovation: innovationSchema,
  InnovationPage: recordPageSchema,
  InnovationList: exportSchema,
  Facets: facetsAnswerSchema,
  TrendCharts: trendChartsSchema,
  Replications: replicationsAnswerSchema,
  CrossTable: crossTableSchema,
  ValueCounts: valueCountsSchema,
  Survival: survivalSchema,
  Error: errorSchema,
} as const;

export type SchemaName = keyof typeof namedSchemas;
