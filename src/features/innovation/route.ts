import { createHash } from 'node:crypto';
import { cacheHeader } from '../../http/cache.ts';
import { failures, type HttpFailure } from '../../http/failure.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import type { Portal } from '../../portal/types.ts';
import { loadInnovationPage, type InnovationPageData } from './load.ts';

/** What an innovation route answers: a page (found, or search down) or an HTTP status alone. */
export type InnovationRoute =
  | { kind: 'not-found' }
  | { kind: 'not-modified'; headers: Record<string, string> }
  | {
      kind: 'page';
      /** The failure the page renders in its layout (search unavailable), else none. */
      failure?: HttpFailure;
      headers: Record<string, string>;
      outcome: Outcome<InnovationPageData>;
    };

/**
 * Loads an innovation page for a request. Pages are cached briefly by browsers and proxies
 * and served stale while revalidating, so an ingest shows within about a minute; the ETag
 * lets a revalidation end in a 304 when neither the record, its similar innovations nor the
 * running server changed.
 */
export async function innovationRoute(
  portal: Pick<Portal, 'search' | 'bootId'>,
  id: string | undefined,
  request: Request,
): Promise<InnovationRoute> {
  const outcome = await orEngineDown(() => loadInnovationPage(portal.search, id ?? ''));
  if (!outcome.ok) return { kind: 'page', failure: failures.unavailable, headers: {}, outcome };
  if (outcome.value === undefined) return { kind: 'not-found' };
  const headers = cacheHeaders(portal.bootId, outcome.value);
  if (request.headers.get('if-none-match') === headers.ETag)
    return { kind: 'not-modified', headers };
  return { kind: 'page', headers, outcome: { ok: true, value: outcome.value } };
}

// --- internal ---

/** A new server (a deploy) may render the same data differently: its pages get new ETags. */
function cacheHeaders(bootId: string, { innovation, similar }: InnovationPageData) {
  const version = [bootId, innovation.updatedAt, ...similar.map((card) => card.id)].join(' ');
  const tag = createHash('sha256').update(version).digest('base64url').slice(0, 22);
  return {
    ...cacheHeader('livePage'),
    ETag: `W/"${tag}"`,
    'Last-Modified': new Date(innovation.updatedAt).toUTCString(),
  };
}
