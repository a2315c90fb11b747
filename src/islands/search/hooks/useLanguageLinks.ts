import { useEffect } from 'react';

/**
 * Keeps the current search on the header's links to the other languages (`a[hreflang]`): the
 * URL parameters are the same in every language, so only the query string moves.
 */
export function useLanguageLinks(queryString: string): void {
  useEffect(() => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('header a[hreflang]')) {
      const target = new URL(link.href);
      link.href = `${target.pathname}${queryString}`;
    }
  }, [queryString]);
}
