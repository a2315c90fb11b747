import type { Config } from '../../infra/config.ts';

/**
 * The site's public origin: `SITE_URL` when set (behind a proxy or CDN the request's own
 * origin may be an internal one), else the origin the request came to.
 */
export function siteOrigin(requestUrl: URL, config: Pick<Config, 'SITE_URL'>): string {
  return config.SITE_URL === undefined ? requestUrl.origin : new URL(config.SITE_URL).origin;
}

/** An absolute URL of a site path, for canonical links, Open Graph and sitemaps. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
