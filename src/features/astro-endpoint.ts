import type { APIRoute } from 'astro';
import type { Endpoint } from '../http/endpoint.ts';
import type { Portal } from '../portal/types.ts';

/** An endpoint as Astro calls it: the portal comes from `locals`, set by the site server. */
export function astroEndpoint(endpoint: Endpoint<Portal>): APIRoute {
  return (context) => endpoint(context, context.locals.portal);
}
