import { defineMiddleware } from 'astro:middleware';
import { failurePageResponse } from './http/failure-page.ts';
import { isHeavyPage } from './http/heavy-pages.ts';
import { addSecurityHeaders } from './http/security-headers.ts';
import { localeOfPath } from './i18n/paths.ts';
import { loadConfig } from './infra/config.ts';
import { createPortal, type Portal } from './portal/create.ts';

/**
 * The security headers on everything Astro renders (the table is shared with the site server),
 * and the portal on `locals` for every page and endpoint. The site server passes its portal in;
 * `astro dev` has no site server, so there the dev server's one portal is built on first use.
 * A heavy page first takes from the client's page allowance (429 when it is spent).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const given: Partial<App.Locals> = context.locals;
  if (!context.isPrerendered && given.portal === undefined) {
    context.locals.portal = await devPortal();
  }
  const limited =
    !context.isPrerendered && isHeavyPage(context.url.pathname)
      ? await context.locals.portal.limits.take(context, 'page')
      : undefined;
  const response =
    limited === undefined
      ? await next()
      : failurePageResponse(limited, localeOfPath(context.url.pathname));
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
