import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingDocumentFields } from '../../../src/infra/meilisearch/outdated.ts';
import { INDEX, ingestInto } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let meili: TestMeili;
let data: TempDir;

beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('outdated');
  await ingestInto(meili.client, data.path, [
    { programme: 'kipp', inputs: ['tests/fixtures/kipp/comma.csv'] },
  ]);
}, 120_000);

afterAll(async () => {
  await meili.stop();
  await data.remove();
});

describe('missingDocumentFields', () => {
  it('finds nothing missing in an index this version built', async () => {
    expect(await missingDocumentFields(meili.client, INDEX)).toEqual([]);
  });

  it('names the fields an index of an older version lacks', { timeout: 90_000 }, async () => {
    const { results } = await meili.client.index(INDEX).getDocuments({ limit: 5 });
    const older = results.map((document) => {
      const { yearClusters, cohortStatus, ...rest } = document;
      return { ...rest, dropped: [yearClusters, cohortStatus].length };
    });
    await meili.client
      .index('older')
      .addDocuments(older, { primaryKey: 'id' })
      .waitTask({ timeout: 60_000 });
    expect(await missingDocumentFields(meili.client, 'older')).toEqual([
      'yearClusters',
      'cohortStatus',
    ]);
  });

  it('finds nothing missing in an empty index', { timeout: 90_000 }, async () => {
    await meili.client.createIndex('empty', { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    expect(await missingDocumentFields(meili.client, 'empty')).toEqual([]);
  });
});
