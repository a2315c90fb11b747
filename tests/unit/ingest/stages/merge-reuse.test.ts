import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline, type InputGroup } from '../../../../ingest/pipeline.ts';
import { silentProgress } from '../../../../ingest/readers/types.ts';
import { testReference } from '../../../helpers/reference.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

/**
 * A record whose source records did not change is written again as it was (not rebuilt), and a
 * run that reuses gives the same records as one that rebuilds. Reuse is observed by editing a
 * written record between runs: a reused record keeps the edit, a rebuilt one loses it.
 */
const kippAndIga: InputGroup[] = [
  { programme: 'kipp', inputs: ['data/samples/kipp'] },
  { programme: 'iga', inputs: ['data/samples/iga'] },
];
const inolan: InputGroup[] = [{ programme: 'inolan', inputs: ['data/samples/inolan'] }];
const MARK = 'EDITED BETWEEN RUNS';

const dirs: TempDir[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => dir.remove()));
});

async function run(dataDir: string, groups: InputGroup[], now: string, reuse: boolean) {
  return runPipeline(groups, {
    reference: await testReference(),
    dataDir,
    dryRun: false,
    now,
    reuse,
    progress: () => ({ ...silentProgress, done: () => undefined }),
  });
}

/** Ingests KIPP and IGA, then marks the summary of the first record written. */
async function ingestedAndEdited(): Promise<{ dir: TempDir; id: string }> {
  const dir = await makeTempDir('merge-reuse');
  dirs.push(dir);
  await run(dir.path, kippAndIga, '2026-01-01T00:00:00.000Z', true);
  const [first = '', ...rest] = (await readFile(dir.file('innovations.ndjson'), 'utf8')).split(
    '\n',
  );
  const record = JSON.parse(first) as { id: string; summary: string; programmes: string[] };
  // The sample's InoLAN records must leave it alone for the edit to say anything.
  expect(record.programmes).not.toContain('inolan');
  record.summary = MARK;
  await writeFile(dir.file('innovations.ndjson'), [JSON.stringify(record), ...rest].join('\n'));
  return { dir, id: record.id };
}

async function records(dataDir: string): Promise<Map<string, Record<string, unknown>>> {
  const lines = (await readFile(`${dataDir}/innovations.ndjson`, 'utf8')).split('\n');
  const parsed = lines.filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return new Map(parsed.map((record) => [String(record.id), record]));
}

describe('records reused from the last run', () => {
  it('are written as they were, and equal what a rebuild gives', async () => {
    const reused = await ingestedAndEdited();
    await run(reused.dir.path, inolan, '2026-02-01T00:00:00.000Z', true);
    const rebuilt = await ingestedAndEdited();
    await run(rebuilt.dir.path, inolan, '2026-02-01T00:00:00.000Z', false);
    const afterReuse = await records(reused.dir.path);
    const afterRebuild = await records(rebuilt.dir.path);
    expect(afterReuse.get(reused.id)?.summary).toBe(MARK);
    expect(afterRebuild.get(rebuilt.id)?.summary).not.toBe(MARK);
    afterReuse.delete(reused.id);
    afterRebuild.delete(rebuilt.id);
    expect(afterReuse.size).toBeGreaterThan(2_500);
    expect([...afterReuse.keys()].sort()).toEqual([...afterRebuild.keys()].sort());
    for (const [id, record] of afterReuse) expect(record, id).toEqual(afterRebuild.get(id));
    const times = new Set([...afterReuse.values()].map((record) => record.updatedAt));
    expect(times).toEqual(new Set(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']));
  }, 60_000);

  it('are rebuilt when the catalogue was written for another record format', async () => {
    const { dir, id } = await ingestedAndEdited();
    const catalogue = (await readFile(dir.file('catalogue.ndjson'), 'utf8')).split('\n');
    const header = JSON.parse(catalogue[0] ?? '') as { format: number; schema: number };
    catalogue[0] = JSON.stringify({ ...header, schema: header.schema + 1 });
    await writeFile(dir.file('catalogue.ndjson'), catalogue.join('\n'));
    await run(dir.path, inolan, '2026-02-01T00:00:00.000Z', true);
    expect((await records(dir.path)).get(id)?.summary).not.toBe(MARK);
  }, 60_000);

  it('are rebuilt when the catalogue is missing', async () => {
    const { dir, id } = await ingestedAndEdited();
    await writeFile(dir.file('catalogue.ndjson'), '');
    await run(dir.path, inolan, '2026-02-01T00:00:00.000Z', true);
    expect((await records(dir.path)).get(id)?.summary).not.toBe(MARK);
  }, 60_000);
});
