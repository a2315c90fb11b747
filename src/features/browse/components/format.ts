import type { Translate } from '../../../i18n/t.ts';
import { pageParam } from '../params.ts';

/** `1 innovation` / `12 innovations` (Indonesian says `inovasi` for both). */
export function innovationCount(t: Translate, count: number): string {
  return t(count === 1 ? 'browse.count.one' : 'browse.count', { count });
}

/** The address of page `page` of a browse list; page 1 is the bare address. */
export function pageHref(base: string, page: number): string {
  return page === 1 ? base : `${base}?${pageParam}=${String(page)}`;
}
