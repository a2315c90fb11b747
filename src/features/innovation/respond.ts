import { cacheHeader } from '../../http/cache.ts';
import { failures } from '../../http/failure.ts';
import { failPage, notFoundPage, type PageResponse } from '../../http/page.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { InnovationRoute } from './route.ts';

/**
 * What an innovation page's frontmatter does with its route: a bare status to return (404 makes
 * Astro render the site's 404 page, 304 has no body), or nothing after setting the status and
 * headers of the page it goes on to render.
 */
export function respond(
  route: InnovationRoute,
  response: PageResponse,
  locale: Locale,
): Response | undefined {
  if (route.kind === 'not-found') return notFoundPage();
  if (route.kind === 'moved') {
    // Not cached for long: a split can bring the id back.
    const headers = { Location: routes.innovation(locale, route.id), ...cacheHeader('livePage') };
    return new Response(null, { status: 301, headers });
  }
  if (route.kind === 'gone') {
    failPage(response, failures.gone);
    return undefined;
  }
  if (route.kind === 'not-modified') {
    return new Response(null, { status: 304, headers: route.headers });
  }
  if (route.failure !== undefined) failPage(response, route.failure, route.headers);
  else for (const [name, value] of Object.entries(route.headers)) response.headers.set(name, value);
  return undefined;
}
