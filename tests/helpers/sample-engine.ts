import { loadConfig, type Config } from '../../src/infra/config.ts';
import { INDEX, ingestInto, sampleGroups } from './ingest-into.ts';
import { startTestMeili, type TestMeili } from './meili.ts';

/** A test Meilisearch holding the ingested sample, and the site's configuration reading it. */
export async function startSampleEngine(): Promise<{ meili: TestMeili; config: Config }> {
  const meili = await startTestMeili();
  await ingestInto(meili.client, meili.dataDir, sampleGroups);
  const config = loadConfig({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    DATA_DIR: meili.dataDir,
    MEILI_INDEX: INDEX,
  });
  return { meili, config };
}
