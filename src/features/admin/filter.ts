import { z } from 'zod';
import { interestStageSchema } from '../../lib/interest/schema.ts';
import type { AdminFilter, Registration } from '../../infra/database/types.ts';
import { searchNeedle, searchText } from '../../infra/database/rows.ts';

/** Registrations per page of the admin list. */
export const PAGE_SIZE = 50;

/**
 * The admin list's URL parameters (Indonesian, like the site's): `inovasi`, `tahapan`,
 * `tersembunyi` (`ya`/`tidak`), `q`, `halaman`. A bad value is dropped, never an error: the
 * list then shows more, not nothing.
 */
const querySchema = z.object({
  inovasi: z.string().trim().min(1).max(200).optional().catch(undefined),
  tahapan: interestStageSchema.optional().catch(undefined),
  tersembunyi: z.enum(['ya', 'tidak']).optional().catch(undefined),
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  halaman: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AdminQuery = z.output<typeof querySchema>;

export function parseAdminQuery(params: URLSearchParams): AdminQuery {
  const raw = Object.fromEntries(
    [...Object.keys(querySchema.shape)].map((key) => [key, params.get(key) ?? undefined]),
  );
  return querySchema.parse(raw);
}

/** The store's filter for a query's page. */
export function storeFilter(query: AdminQuery): AdminFilter {
  return {
    ...(query.inovasi !== undefined && { innovationId: query.inovasi }),
    ...(query.tahapan !== undefined && { stage: query.tahapan }),
    ...(query.tersembunyi !== undefined && { hidden: query.tersembunyi === 'ya' }),
    ...(query.q !== undefined && { text: query.q }),
    limit: PAGE_SIZE,
    offset: (query.halaman - 1) * PAGE_SIZE,
  };
}

/**
 * Whether a registration passes a query's filter, for the CSV export (which streams every
 * registration): the same conditions as the store's list, the text folded as the store folds it.
 */
export function matchesQuery(registration: Registration, query: AdminQuery): boolean {
  if (query.inovasi !== undefined && registration.innovationId !== query.inovasi) return false;
  if (query.tahapan !== undefined && registration.stage !== query.tahapan) return false;
  if (query.tersembunyi !== undefined && registration.hidden !== (query.tersembunyi === 'ya')) {
    return false;
  }
  return query.q === undefined || searchText(registration).includes(searchNeedle(query.q));
}

/** The query as URL parameters (`?…`, or '' when empty), page 1 left out. */
export function querySearch(query: AdminQuery, page = query.halaman): string {
  const params = new URLSearchParams();
  if (query.inovasi !== undefined) params.set('inovasi', query.inovasi);
  if (query.tahapan !== undefined) params.set('tahapan', query.tahapan);
  if (query.tersembunyi !== undefined) params.set('tersembunyi', query.tersembunyi);
  if (query.q !== undefined) params.set('q', query.q);
  if (page > 1) params.set('halaman', String(page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
