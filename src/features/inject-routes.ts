import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { endpointPatterns, pagePatterns, type EndpointKey, type PageKey } from '../i18n/routes.ts';
import { endpointEntries, pageEntries } from './route-entries.ts';

/**
 * The site's routes, every one from the route table: each page in each language, each
 * endpoint once. There is no `src/pages/`: a path is written only in `src/i18n/routes.ts`.
 */
export function siteRoutes(): AstroIntegration {
  return {
    name: 'lumbung-inovasi:routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const key of Object.keys(pagePatterns) as PageKey[]) {
          for (const locale of locales) {
            injectRoute({ pattern: pagePatterns[key][locale], entrypoint: pageEntries[key] });
          }
        }
        for (const key of Object.keys(endpointPatterns) as EndpointKey[]) {
          injectRoute({ pattern: endpointPatterns[key], entrypoint: endpointEntries[key] });
        }
      },
    },
  };
}
