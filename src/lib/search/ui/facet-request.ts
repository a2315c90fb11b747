import { z } from 'zod';
import type { FacetName } from '../../index/facets.ts';
import type { Problems } from '../../zod-issues.ts';
import { facetOfParam, facetParams, facetRequestParam } from './params.ts';

const facetParamSchema = z.enum(Object.values(facetParams));

export type FacetRequestParse =
  { success: true; facet: FacetName } | { success: false; problems: Problems };

/**
 * `faset=kabupaten`, what `/api/search/facets` is asked beside the search's own parameters:
 * a missing or unknown facet is a problem of that parameter.
 */
export function parseFacetRequest(params: URLSearchParams): FacetRequestParse {
  const parsed = facetParamSchema.safeParse(params.get(facetRequestParam));
  const facet = parsed.success ? facetOfParam(parsed.data) : undefined;
  if (facet === undefined) return { success: false, problems: { [facetRequestParam]: 'invalid' } };
  return { success: true, facet };
}
