import { matchPattern } from '../i18n/route-pattern.ts';
import { endpointPatterns } from '../i18n/routes.ts';
import type { Endpoint } from '../http/endpoint.ts';
import { activityEndpoint } from '../features/interest/api/activity.ts';
import { ownEntryEndpoint } from '../features/interest/api/own-entry.ts';
import { healthEndpoint, metricsEndpoint, readyEndpoint } from '../features/health/api.ts';
import type { Portal } from '../portal/types.ts';

/** A route the site server answers itself, and the parameters of its path. */
export interface OwnRouteMatch {
  endpoint: Endpoint<Portal>;
  params: Record<string, string>;
}

/**
 * The routes the site server answers without Astro: the interest API (the load it must carry
 * does not fit through Astro's render path), the load balancer's probes and the metrics, matched by the route table's patterns: the same
 * endpoints Astro serves under `astro dev`. Only GET, HEAD and POST on a path whose parameter
 * is plain URL-safe text match (nothing to decode, so the parameter is what Astro would pass);
 * a trailing slash, an escape or any other method goes to Astro, which answers it as before.
 */
export function matchOwnRoute(
  method: string | undefined,
  pathname: string,
): OwnRouteMatch | undefined {
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') return undefined;
  for (const [pattern, endpoint] of ownRoutes) {
    const params = matchPattern(pattern, pathname);
    if (params !== undefined) return { endpoint, params };
  }
  return undefined;
}

// --- internal ---

const ownRoutes: readonly (readonly [string, Endpoint<Portal>])[] = [
  [endpointPatterns.activity, activityEndpoint],
  [endpointPatterns.ownEntry, ownEntryEndpoint],
  [endpointPatterns.health, healthEndpoint],
  [endpointPatterns.ready, readyEndpoint],
  [endpointPatterns.metrics, metricsEndpoint],
];
