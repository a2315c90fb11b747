import { orEngineDown } from '../../infra/meilisearch/outcome.ts';

/**
 * An XML document built from the index, cached like the pages (an ingest shows within about
 * a minute); 503 with a short plain-text note when the engine is down.
 */
export async function xmlResponse(build: () => Promise<string | undefined>): Promise<Response> {
  const outcome = await orEngineDown(build);
  if (!outcome.ok) {
    return new Response('Search engine unavailable, try again shortly.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60' },
    });
  }
  if (outcome.value === undefined) return new Response('Not found\n', { status: 404 });
  return new Response(outcome.value, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  });
}
