import { createHash } from 'node:crypto';
import { cacheHeader } from '../../http/cache.ts';
import { failures, type HttpFailure } from '../../http/failure.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import type { Portal } from '../../portal/types.ts';
import type { PublicActivity } from '../../lib/interest/schema.ts';
import { interestService } from '../interest/service.ts';
import { idFateOf } from './fate.ts';
import { loadInnovationPage, type InnovationPageData } from './load.ts';

/**
 * What an innovation page shows: the record and its similar innovations from the index, and its
 * replication activity from the store (undefined while the store cannot be read: the record's
 * counts stand in and the page's script tries again).
 */
export interface InnovationPageView extends InnovationPageData {
  activity: PublicActivity | undefined;
}

/** What the route needs of the portal: the index, the server's id, and the interest service's. */
type InnovationPortal = Parameters<typeof interestService>[0] &
  Pick<Portal, 'search' | 'bootId' | 'log'>;

/** What an innovation route answers: a page (found, or search down) or an HTTP status alone. */
export type InnovationRoute =
  | { kind: 'not-found' }
  /** The id was joined into another innovation (301 to it). */
  | { kind: 'moved'; id: string }
  /** The id was published once and is no more (410). */
  | { kind: 'gone' }
  | { kind: 'not-modified'; headers: Record<string, string> }
  | {
      kind: 'page';
      /** The failure the page renders in its layout (search unavailable), else none. */
      failure?: HttpFailure;
      headers: Record<string, string>;
      outcome: Outcome<InnovationPageView>;
    };

/**
 * Loads an innovation page for a request. Pages are cached briefly by browsers and proxies
 * and served stale while revalidating, so an ingest shows within about a minute; the ETag
 * lets a revalidation end in a 304 when nothing the page shows changed: the record, its
 * similar innovations, its replication activity, and the running server.
 */
export async function innovationRoute(
  portal: InnovationPortal,
  id: string | undefined,
  request: Request,
): Promise<InnovationRoute> {
  const outcome = await orEngineDown(() => loadInnovationPage(portal.search, id ?? ''));
  if (!outcome.ok) return { kind: 'page', failure: failures.unavailable, headers: {}, outcome };
  if (outcome.value === undefined) return fateRoute(portal, id ?? '');
  const view = {
    ...outcome.value,
    activity: await readActivity(portal, outcome.value.innovation.id),
  };
  const headers = cacheHeaders(portal.bootId, view);
  if (request.headers.get('if-none-match') === headers.ETag)
    return { kind: 'not-modified', headers };
  return { kind: 'page', headers, outcome: { ok: true, value: view } };
}

// --- internal ---

async function fateRoute(portal: InnovationPortal, id: string): Promise<InnovationRoute> {
  const fate = await idFateOf(portal, id);
  if (fate?.fate === 'moved' && fate.target !== undefined)
    return { kind: 'moved', id: fate.target };
  return fate?.fate === 'gone' ? { kind: 'gone' } : { kind: 'not-found' };
}

/** A new server (a deploy) may render the same data differently: its pages get new ETags. */
async function readActivity(
  portal: InnovationPortal,
  id: string,
): Promise<PublicActivity | undefined> {
  try {
    return await interestService(portal).publicActivity(id);
  } catch (error) {
    portal.log.warn(`replication activity of ${id}: ${String(error)}`);
    return undefined;
  }
}

function cacheHeaders(bootId: string, { innovation, similar, activity }: InnovationPageView) {
  const version = [
    bootId,
    innovation.updatedAt,
    ...similar.map((card) => card.id),
    // The activity as shown (counts, agencies, stages, dates), or that the store was away.
    JSON.stringify(activity ?? null),
  ].join(' ');
  const tag = createHash('sha256').update(version).digest('base64url').slice(0, 22);
  return {
    ...cacheHeader('livePage'),
    ETag: `W/"${tag}"`,
    'Last-Modified': new Date(innovation.updatedAt).toUTCString(),
  };
}
