import { failPage, notFoundPage, type PageResponse } from '../../http/page.ts';
import type { InnovationRoute } from './route.ts';

/**
 * What an innovation page's frontmatter does with its route: a bare status to return (404 makes
 * Astro render the site's 404 page, 304 has no body), or nothing after setting the status and
 * headers of the page it goes on to render.
 */
export function respond(route: InnovationRoute, response: PageResponse): Response | undefined {
  if (route.kind === 'not-found') return notFoundPage();
  if (route.kind === 'not-modified') {
    return new Response(null, { status: 304, headers: route.headers });
  }
  if (route.failure !== undefined) failPage(response, route.failure, route.headers);
  else for (const [name, value] of Object.entries(route.headers)) response.headers.set(name, value);
  return undefined;
}
