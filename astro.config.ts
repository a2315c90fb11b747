import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { defaultLocale, locales } from './src/i18n/locales.ts';
import { siteRoutes } from './src/features/inject-routes.ts';
import { loadConfig } from './src/infra/config.ts';

const { HOST, PORT, SITE_URL } = loadConfig();

/**
 * Every route comes from the route table (`siteRoutes`), rendered on demand (each entrypoint
 * says `prerender = false`) so an ingest shows on the site without a rebuild; the node adapter
 * in middleware mode renders them inside the site server (`src/node-server/`), which hands each
 * request the portal as `locals.portal` and serves the built files itself.
 *
 * The Content-Security-Policy is Astro's: every script and style it emits is hashed into the
 * policy (a header on server-rendered pages, a `<meta>` on prerendered ones), so no inline script
 * runs unless Astro put it there; everything else may only come from this origin (the browser
 * talks to Meilisearch through the same-origin search route). Every HTML page is rendered on
 * demand, so `frame-ancestors`, which only works in a header, applies.
 */
export default defineConfig({
  ...(SITE_URL === undefined ? {} : { site: SITE_URL }),
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  integrations: [react(), siteRoutes()],
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: false },
  },
  server: { host: HOST, port: PORT },
  build: { inlineStylesheets: 'never' },
  security: {
    // Cross-site posts are refused by src/http (`acceptSubmission`), which every form
    // and JSON endpoint goes through: Astro's own check would answer first, in plain text, and
    // also refuse what is not cross-site (a form post from curl without Origin, any POST without
    // a Content-Type, and every post behind a TLS-terminating proxy, where the request's origin
    // is http:// while the browser's is https://). Ours honours SITE_URL and answers in JSON.
    checkOrigin: false,
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
    },
  },
});
