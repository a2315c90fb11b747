import { activityRoute } from '../features/interest/api/activity.ts';
import { ownEntryRoute } from '../features/interest/api/own-entry.ts';
import type { ApiContext } from '../http/route.ts';

/** An interest API route the site server answers itself, and the parameters of its path. */
export interface InterestRouteMatch {
  route: (context: ApiContext) => Promise<Response>;
  params: Record<string, string>;
}

/**
 * The JSON API routes the site server answers without Astro: the same route functions as the
 * Astro endpoint files (`src/pages/api/inovasi/[id]/minat.ts`, `src/pages/api/minat/[token].ts`),
 * which still serve `astro dev` and every request this leaves to Astro. Only GET, HEAD and POST
 * on a path whose parameter is plain URL-safe text match (nothing to decode, so the parameter
 * is what Astro would pass); a trailing slash, an escape or any other method goes to Astro,
 * which answers it as before.
 */
export function matchInterestRoute(
  method: string | undefined,
  rawUrl: string | undefined,
): InterestRouteMatch | undefined {
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') return undefined;
  const path = (rawUrl ?? '').split('?', 1)[0] ?? '';
  const activity = ACTIVITY_PATH.exec(path)?.[1];
  if (activity !== undefined) return { route: activityRoute, params: { id: activity } };
  const token = OWN_ENTRY_PATH.exec(path)?.[1];
  if (token !== undefined) return { route: ownEntryRoute, params: { token } };
  return undefined;
}

// --- internal ---

const ACTIVITY_PATH = /^\/api\/inovasi\/([A-Za-z0-9_-]{1,200})\/minat$/;
const OWN_ENTRY_PATH = /^\/api\/minat\/([A-Za-z0-9_-]{1,200})$/;
