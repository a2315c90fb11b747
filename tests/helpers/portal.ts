import { resolve } from 'node:path';
import { buildSite } from '../../scripts/site/build.ts';
import {
  startSiteServer as startBuiltSite,
  type SiteServer,
  type SiteServerOptions,
} from '../../scripts/site/serve.ts';

export type { SiteServer };

/** Where the end-to-end tests build the site (never the `dist/` a developer serves). */
export const E2E_BUILD_DIR = resolve('.data/e2e-build');

/** Where the tests write their screenshots, for a person to open and look at. */
export const SCREENSHOT_DIR = resolve('.data/screenshots');

/** The site built for the end-to-end tests, as `npm run build` builds it. */
export function buildTestSite(): Promise<void> {
  return buildSite({ outDir: E2E_BUILD_DIR, quiet: true });
}

/** The test build served against the given engine. */
export function startSiteServer(options: Omit<SiteServerOptions, 'buildDir'>): Promise<SiteServer> {
  return startBuiltSite({ ...options, buildDir: E2E_BUILD_DIR });
}
