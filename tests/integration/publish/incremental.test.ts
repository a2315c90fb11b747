import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Innovation } from '../../../src/lib/schema/innovation.ts';
import { INDEX, ingestInto } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let meili: TestMeili;
let data: TempDir;

beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('incremental');
}, 60_000);

afterAll(async () => {
  await meili.stop();
  await data.remove();
});

async function documents(): Promise<Innovation[]> {
  const { results } = await meili.client.index(INDEX).getDocuments<Innovation>({ limit: 100_000 });
  return results;
}

const count = (docs: Innovation[], test: (doc: Innovation) => boolean) => docs.filter(test).length;

describe('ingesting one programme at a time', () => {
  let kippOnly: Innovation[];

  it('publishes the first programme on its own', async () => {
    await ingestInto(meili.client, data.path, [
      { programme: 'kipp', inputs: ['data/samples/kipp'] },
    ]);
    kippOnly = await documents();
    expect(count(kippOnly, (doc) => doc.programmes.join() !== 'kipp')).toBe(0);
  }, 120_000);

  it('keeps the other programme and merges the new records into the published ones', async () => {
    await ingestInto(meili.client, data.path, [{ programme: 'iga', inputs: ['data/samples/iga'] }]);
    const both = await documents();
    const ids = new Set(both.map((doc) => doc.id));
    // Every KIPP innovation is still there under the same id, even where an earlier IGA record joined it.
    expect(kippOnly.filter((doc) => !ids.has(doc.id)).map((doc) => doc.id)).toEqual([]);
    expect(count(both, (doc) => doc.programmes.includes('kipp'))).toBe(kippOnly.length);
    expect(count(both, (doc) => doc.programmes.join() === 'kipp,iga')).toBeGreaterThan(100);
  }, 120_000);

  it('updates re-ingested records instead of doubling them', async () => {
    const before = await documents();
    await ingestInto(meili.client, data.path, [{ programme: 'iga', inputs: ['data/samples/iga'] }]);
    const after = await documents();
    expect(after.length).toBe(before.length);
    const provenances = (docs: Innovation[]) =>
      docs.reduce((sum, doc) => sum + doc.provenance.length, 0);
    expect(provenances(after)).toBe(provenances(before));
  }, 120_000);

  it('with --replace keeps only the new inputs of that programme', async () => {
    const file = 'data/samples/iga/iga-2018-2019.json';
    await ingestInto(meili.client, data.path, [{ programme: 'iga', inputs: [file] }], {
      replace: true,
    });
    const docs = await documents();
    const igaYears = new Set(
      docs.flatMap((doc) => doc.provenance.filter((p) => p.programme === 'iga').map((p) => p.year)),
    );
    expect([...igaYears].sort()).toEqual([2018, 2019]);
    expect(count(docs, (doc) => doc.programmes.includes('kipp'))).toBe(kippOnly.length);
  }, 120_000);
});
