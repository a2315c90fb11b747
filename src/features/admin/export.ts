import { failures } from '../../http/failure.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import type { RequestContext } from '../../http/limits.ts';
import { adminOf } from './auth.ts';
import { csvStream } from './csv.ts';
import { matchesQuery, parseAdminQuery, type AdminQuery } from './filter.ts';
import { adminHeaders } from './gate.ts';

/**
 * `GET /admin/ekspor.csv?<filter>`: every registration of the list's filter as CSV, streamed
 * from the store, for a logged-in browser or `curl -H 'Authorization: Bearer <token>'`. Anyone
 * else gets 401 (429 past the `sign-in` allowance, which every bearer try takes from).
 */
export async function exportResponse(
  portal: Portal,
  context: RequestContext,
  url: URL,
): Promise<Response> {
  const check = await adminOf(portal, context);
  if (!check.ok) {
    const { status, headers } = check.failure ?? failures.unauthorized;
    return new Response(
      `${String(status)} ${status === 429 ? 'Too Many Requests' : 'Unauthorized'}\n`,
      {
        status,
        headers: { ...adminHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...headers },
      },
    );
  }
  const query = parseAdminQuery(url.searchParams);
  const store = await portal.database();
  const regions = portal.regions();
  const body = csvStream(filtered(store.exportAll(), query), (code) => regions.byCode(code)?.name);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    status: 200,
    headers: {
      ...adminHeaders,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="minat-replikasi-${day}.csv"`,
    },
  });
}

// --- internal ---

async function* filtered(
  rows: AsyncIterable<Registration>,
  query: AdminQuery,
): AsyncIterable<Registration> {
  for await (const row of rows) if (matchesQuery(row, query)) yield row;
}
