import type { TestProject } from 'vitest/node';
import { ingestInto, sampleGroups } from '../helpers/ingest-into.ts';
import { startTestMeili } from '../helpers/meili.ts';
import { buildTestSite, startSiteServer } from '../helpers/portal.ts';
import { makeTempDir } from '../helpers/temp.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built portal, serving the bundled sample. */
    portalUrl: string;
    meiliUrl: string;
    masterKey: string;
  }
}

/**
 * Once for all end-to-end files: build the site, start a real Meilisearch with the sample
 * ingested, serve the built site against it. Each file opens its own browser.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [meili, data] = await Promise.all([
    startTestMeili(),
    makeTempDir('portal'),
    buildTestSite(),
  ]);
  try {
    await ingestInto(meili.client, meili.dataDir, sampleGroups);
    const server = await startSiteServer({
      meiliUrl: meili.url,
      masterKey: meili.masterKey,
      dataDir: data.path,
      // Every test file shares this server from one address: its rate limits would throttle
      // them (the limits have their own test, with their own server).
      env: { RATE_LIMIT_WRITES: '100000', RATE_LIMIT_READS: '100000', RATE_LIMIT_PAGES: '100000' },
    });
    project.provide('portalUrl', server.url);
    project.provide('meiliUrl', meili.url);
    project.provide('masterKey', meili.masterKey);
    return async () => {
      await server.stop();
      await Promise.all([meili.stop(), data.remove()]);
    };
  } catch (error) {
    await Promise.all([meili.stop(), data.remove()]);
    throw error;
  }
}
