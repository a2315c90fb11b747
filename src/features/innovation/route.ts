import { failures, type HttpFailure } from '../../http/failure.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import type { Portal } from '../../portal/types.ts';
import { interestService } from '../interest/service.ts';
import { idFateOf } from './fate.ts';
import { loadInnovationPage } from './load.ts';
import { pageValidators, type ShownPage } from './validators.ts';
import type { PublicActivity } from '../../lib/interest/schema.ts';
import { spreadOf, type Spread } from '../replication/spread.ts';

/** What an innovation page shows (see `ShownPage`). */
export type InnovationPageView = ShownPage;

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
 * similar innovations, its replication activity, the notices the date brings, and the running
 * server.
 */
export async function innovationRoute(
  portal: InnovationPortal,
  id: string | undefined,
  request: Request,
): Promise<InnovationRoute> {
  const outcome = await orEngineDown(() => loadInnovationPage(portal.search, id ?? ''));
  if (!outcome.ok) return { kind: 'page', failure: failures.unavailable, headers: {}, outcome };
  if (outcome.value === undefined) return fateRoute(portal, id ?? '');
  const { id: found } = outcome.value.innovation;
  const [activity, spread] = await Promise.all([
    readActivity(portal, found),
    readSpread(portal, found),
  ]);
  const view = { ...outcome.value, activity, spread };
  const headers = pageValidators(portal.bootId, view, new Date());
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

/** Where the innovation has spread, or undefined while the store cannot be read. */
async function readSpread(portal: InnovationPortal, id: string): Promise<Spread | undefined> {
  try {
    return await spreadOf(portal, id);
  } catch (error) {
    portal.log.warn(`replications of ${id}: ${String(error)}`);
    return undefined;
  }
}

/** The innovation's replication activity, or undefined while the store cannot be read. */
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
