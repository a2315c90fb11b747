import { defineMiddleware } from 'astro:middleware';
import { addSecurityHeaders } from './http/security-headers.ts';
import { loadConfig } from './infra/config.ts';
import { createPortal, type Portal } from './portal/create.ts';

/**
 * The security headers on everything Astro renders (the table is shared with the site server),
 * and the portal on `locals` for every page and endpoint. The site server passes its portal in;
 * `astro dev` has no site server, so there the dev server's one portal is built on first use.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const given: Partial<App.Locals> = context.locals;
  if (!context.isPrerendered && given.portal === undefined) {
    context.locals.portal = await devPortal();
  }
  const response = await next();
  addSecurityHeaders(response.headers);
  return response;
});

/**
 * The one piece of module state left, and only under `astro dev`: the dev server is its own
 * entry point, with nothing above it to build the portal and hand it down.
 */
let developmentPortal: Promise<Portal> | undefined;

function devPortal(): Promise<Portal> {
  developmentPortal ??= startPortal();
  return developmentPortal;
}

async function startPortal(): Promise<Portal> {
  const portal = createPortal(loadConfig());
  await portal.start();
  return portal;
}
