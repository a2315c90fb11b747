import { routeNameOf } from '../i18n/route-names.ts';
import type { PageKey } from '../i18n/routes.ts';

/**
 * The pages whose answer runs searches over the whole index (the search page's multi-search,
 * the trends page's readings, a browse listing's facets and results): each takes from the
 * client's page allowance, so a burst of them from one client cannot slow everyone else. The
 * certificate page takes from it too, so verification codes cannot be tried at speed. Other
 * pages read one document or nothing and are left to the cache.
 */
const heavyPages: ReadonlySet<PageKey> = new Set<PageKey>([
  'search',
  'trends',
  'browseSector',
  'browseProvince',
  'browseYear',
  'browseProgramme',
  'certificate',
]);

/** Whether `pathname` is one of the heavy pages, in either language. */
export function isHeavyPage(pathname: string): boolean {
  const name = routeNameOf(pathname);
  return name !== undefined && (heavyPages as ReadonlySet<string>).has(name);
}
