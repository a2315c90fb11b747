import type { MultiSearchQuery } from 'meilisearch';
import { hitsPerPage } from './params.ts';
import type { PlaceFirst, SearchPlan } from './request.ts';

/** How many hits each part of a place-first answer gives this page. */
export interface PlaceFirstPage {
  /** Hits of the place's own query (its page is this page). */
  readonly fromFirst: number;
  /** Where this page starts in everyone else's hits, and how many it takes. */
  readonly restOffset: number;
  readonly fromRest: number;
}

/**
 * The place's hits fill the pages first, then everyone else's. The place's query asks for this
 * very page, so its count says where the others start: at their first hit on the page where
 * the place's run out (the plan's `rest` query), further in on later pages.
 */
export function placeFirstPage(
  page: number,
  firstTotal: number,
  firstHits: number,
): PlaceFirstPage {
  const offset = (page - 1) * hitsPerPage;
  return {
    fromFirst: firstHits,
    restOffset: Math.max(0, offset - firstTotal),
    fromRest: hitsPerPage - firstHits,
  };
}

/**
 * The query for everyone else's hits when this page starts past their first page (a later
 * page of a place with few records), or undefined when the plan's `rest` query has them.
 */
export function restFollowUp(
  plan: SearchPlan & { placeFirst: PlaceFirst },
  shares: PlaceFirstPage,
): MultiSearchQuery | undefined {
  const restQuery = plan.queries[plan.placeFirst.rest];
  if (restQuery === undefined || shares.restOffset === 0 || shares.fromRest === 0) return undefined;
  // Offset and limit instead of the page: everyone else's page does not line up with ours.
  return {
    ...restQuery,
    page: undefined,
    hitsPerPage: undefined,
    offset: shares.restOffset,
    limit: shares.fromRest,
  };
}
