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

/**
 * Ingests KIPP and IGA, then marks the summary of every record written: those the next run
 * reuses keep the mark, those it rebuilds (InoLAN joins some of them) lose it.
 */
async function ingestedAndEdited(): Promise<TempDir> {
  const dir = await makeTempDir('merge-reuse');
  dirs.push(dir);
  await run(dir.path, kippAndIga, '2026-01-01T00:00:00.000Z', true);
  const lines = (await readFile(dir.file('innovations.ndjson'), 'utf8')).split('\n');
  const marked = lines
    .filter(Boolean)
    .map((line) => JSON.stringify({ ...(JSON.parse(line) as object), summary: MARK }));
  await writeFile(dir.file('innovations.ndjson'), `${marked.join('\n')}\n`);
  return dir;
}

const marked = (written: Map<string, Record<string, unknown>>): string[] =>
  [...written].filter(([, record]) => record.summary === MARK).map(([id]) => id);

async function records(dataDir: string): Promise<Map<string, Record<string, unknown>>> {
  const lines = (await readFile(`${dataDir}/innovations.ndjson`, 'utf8')).split('\n');
  const parsed = lines.filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return new Map(parsed.map((record) => [String(record.id), record]));
}

describe('records reused from the last run', () => {
  it('are written as they were, and equal what a rebuild gives', async () => {
    const reused = await ingestedAndEdited();
    await run(reused.path, inolan, '2026-02-01T00:00:00.000Z', true);
    const rebuilt = await ingestedAndEdited();
    await run(rebuilt.path, inolan, '2026-02-01T00:00:00.000Z', false);
    const afterReuse = await records(reused.path);
    const afterRebuild = await records(rebuilt.path);
    const kept = [...afterReuse].filter(([, record]) => record.summary === MARK);
    expect(kept.length).toBeGreaterThan(2_000);
    expect(kept.length).toBeLessThan(afterReuse.size);
    expect([...afterRebuild.values()].filter((record) => record.summary === MARK)).toEqual([]);
    expect([...afterReuse.keys()].sort()).toEqual([...afterRebuild.keys()].sort());
    for (const [id] of kept) afterReuse.delete(id);
    for (const [id, record] of afterReuse) expect(record, id).toEqual(afterRebuild.get(id));
    const times = new Set([...afterReuse.values()].map((record) => record.updatedAt));
    expect(times).toEqual(new Set(['2026-02-01T00:00:00.000Z']));
    expect(new Set(kept.map(([, record]) => record.updatedAt))).toEqual(
      new Set(['2026-01-01T00:00:00.000Z']),
    );
  }, 60_000);

  it('are rebuilt when the catalogue was written for another record format', async () => {
    const dir = await ingestedAndEdited();
    const catalogue = (await readFile(dir.file('catalogue.ndjson'), 'utf8')).split('\n');
    const header = JSON.parse(catalogue[0] ?? '') as { format: number; schema: number };
    catalogue[0] = JSON.stringify({ ...header, schema: header.schema + 1 });
    await writeFile(dir.file('catalogue.ndjson'), catalogue.join('\n'));
    await run(dir.path, inolan, '2026-02-01T00:00:00.000Z', true);
    expect(marked(await records(dir.path))).toEqual([]);
  }, 60_000);

  it('are rebuilt when the catalogue is missing', async () => {
    const dir = await ingestedAndEdited();
    await writeFile(dir.file('catalogue.ndjson'), '');
    await run(dir.path, inolan, '2026-02-01T00:00:00.000Z', true);
    expect(marked(await records(dir.path))).toEqual([]);
  }, 60_000);
});
