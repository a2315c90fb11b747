import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDEX, ingestInto } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

/**
 * A run that changes few records updates the live index in place; a full build of the same
 * inputs gives the very same documents, compared one by one.
 */
let meili: TestMeili;
let data: TempDir;

beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('in-place');
}, 60_000);

afterAll(async () => {
  await meili.stop();
  await data.remove();
});

const kippAndIga = [
  { programme: 'kipp' as const, inputs: ['data/samples/kipp'] },
  { programme: 'iga' as const, inputs: ['data/samples/iga'] },
];
const inolan = [{ programme: 'inolan' as const, inputs: ['data/samples/inolan'] }];
const inPlace = { maxShare: 0.2 };

async function documents(): Promise<Record<string, unknown>[]> {
  const { results } = await meili.client
    .index(INDEX)
    .getDocuments<Record<string, unknown>>({ limit: 100_000 });
  return results.sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

describe('publishing in place', () => {
  let updated: Record<string, unknown>[];

  it('adds a small programme to the live index in place, and the index holds what the run reports', async () => {
    await ingestInto(meili.client, data.path, kippAndIga, { now: '2026-01-01T00:00:00.000Z' });
    const lines: string[] = [];
    const run = await ingestInto(meili.client, data.path, inolan, {
      now: '2026-02-01T00:00:00.000Z',
      incremental: inPlace,
      log: (line) => lines.push(line),
    });
    expect(lines.some((line) => line.includes('in place'))).toBe(true);
    updated = await documents();
    expect(updated).toHaveLength(run.report.total);
    // What did not change keeps its time; what the InoLAN records joined or added is new.
    const times = new Set(updated.map((doc) => doc.updatedAt));
    expect(times).toEqual(new Set(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']));
  }, 180_000);

  it('gives the same documents as a full build of the same inputs', async () => {
    const lines: string[] = [];
    await ingestInto(meili.client, data.path, inolan, {
      now: '2026-03-01T00:00:00.000Z',
      log: (line) => lines.push(line),
    });
    expect(lines.some((line) => line.startsWith('published'))).toBe(true);
    const rebuilt = await documents();
    expect(rebuilt.map((doc) => doc.id)).toEqual(updated.map((doc) => doc.id));
    for (const [index, doc] of rebuilt.entries())
      expect(doc, String(doc.id)).toEqual(updated[index]);
  }, 180_000);

  it('changes nothing when nothing changed, and builds a new index when much did', async () => {
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    await ingestInto(meili.client, data.path, inolan, { incremental: inPlace, log });
    expect(lines.at(-1)).toContain('0 documents new or changed, 0 removed');
    // KIPP narrowed to one year: most KIPP records go, far more than a fifth of the index.
    const oneYear = [{ programme: 'kipp' as const, inputs: ['data/samples/kipp/kipp-2016.csv'] }];
    const run = await ingestInto(meili.client, data.path, oneYear, {
      replace: true,
      incremental: inPlace,
      log,
    });
    expect(lines.at(-1)).toMatch(/^published/);
    expect(await documents()).toHaveLength(run.report.total);
  }, 180_000);
});
