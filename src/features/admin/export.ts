import { failures } from '../../http/failure.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import { isAdmin } from './auth.ts';
import { csvStream } from './csv.ts';
import { matchesQuery, parseAdminQuery, type AdminQuery } from './filter.ts';
import { adminHeaders } from './gate.ts';

/**
 * `GET /admin/ekspor.csv?<filter>`: every registration of the list's filter as CSV, streamed
 * from the store, for a logged-in browser or `curl -H 'Authorization: Bearer <token>'`. Anyone
 * else gets 401.
 */
export async function exportResponse(
  portal: Portal,
  request: Request,
  url: URL,
): Promise<Response> {
  if (!(await isAdmin(portal, request))) {
    const { status, headers } = failures.unauthorized;
    return new Response('401 Unauthorized\n', {
      status,
      headers: { ...adminHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...headers },
    });
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
