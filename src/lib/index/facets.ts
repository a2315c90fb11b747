import type { z } from 'zod';
import { searchDocumentSchema, type SearchDocument } from './document.ts';

/**
 * The facets of PRODUCT.md, in the order the portal shows them: one definition for the index
 * settings, the search UI and the API. Each name is a field of the search document, so a
 * facet's values are the field's values (array fields facet on each element).
 *
 * Province and regency facet on the official name, not the Kemendagri code: the UI shows
 * names, a filter in a shared URL stays readable, and the names are unique (38 provinces,
 * 514 regencies and cities, each `Kabupaten …` or `Kota …`). The codes stay filterable for
 * the API.
 */
export const facetNames = [
  'programmes',
  'years',
  'cluster',
  'province',
  'regency',
  'sectors',
  'sdgs',
  'awardLevels',
  'status',
  'stage',
  'digital',
] as const satisfies readonly (keyof SearchDocument)[];

export type FacetName = (typeof facetNames)[number];

export function isFacetName(name: string): name is FacetName {
  return (facetNames as readonly string[]).includes(name);
}

const shape = searchDocumentSchema.shape;

/**
 * The schema of one value of each facet, taken from the document schema (the element of an
 * array field, the inner schema of an optional one): what a filter value must parse as.
 */
export const facetValueSchemas = {
  programmes: shape.programmes.element,
  years: shape.years.element,
  cluster: shape.cluster,
  province: shape.province.unwrap(),
  regency: shape.regency.unwrap(),
  sectors: shape.sectors.element,
  sdgs: shape.sdgs.element,
  awardLevels: shape.awardLevels.element,
  status: shape.status,
  stage: shape.stage.unwrap(),
  digital: shape.digital.unwrap(),
} as const satisfies { [Name in FacetName]: z.ZodType };

export type FacetValue<Name extends FacetName> = z.output<(typeof facetValueSchemas)[Name]>;
