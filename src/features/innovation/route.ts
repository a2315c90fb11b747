import { createHash } from 'node:crypto';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import { loadInnovationPage, type InnovationPageData } from './load.ts';

/** What an innovation route answers: a page (found, or search down) or an HTTP status alone. */
export type InnovationRoute =
  | { kind: 'not-found' }
  | { kind: 'not-modified'; headers: Record<string, string> }
  | {
      kind: 'page';
      status: 200 | 503;
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
  id: string | undefined,
  request: Request,
): Promise<InnovationRoute> {
  const outcome = await orEngineDown(() => loadInnovationPage(id ?? ''));
  if (!outcome.ok)
    return { kind: 'page', status: 503, headers: { 'Cache-Control': 'no-store' }, outcome };
  if (outcome.value === undefined) return { kind: 'not-found' };
  const headers = cacheHeaders(outcome.value);
  if (request.headers.get('if-none-match') === headers.ETag)
    return { kind: 'not-modified', headers };
  return { kind: 'page', status: 200, headers, outcome: { ok: true, value: outcome.value } };
}

// --- internal ---

// A new server (a deploy) may render the same data differently: its pages get new ETags.
const serverStart = Date.now().toString(36);

function cacheHeaders({ innovation, similar }: InnovationPageData): Record<string, string> {
  const version = [serverStart, innovation.updatedAt, ...similar.map((card) => card.id)].join(' ');
  const tag = createHash('sha256').update(version).digest('base64url').slice(0, 22);
  return {
    'Cache-Control': 'public, max-age=60, stale-while-revalidate=600',
    ETag: `W/"${tag}"`,
    'Last-Modified': new Date(innovation.updatedAt).toUTCString(),
  };
}
