import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Adapter } from '../../../../ingest/adapters/adapter.ts';
import { igaAdapter } from '../../../../ingest/adapters/iga.ts';
import { kippAdapter } from '../../../../ingest/adapters/kipp.ts';
import type { Normaliser } from '../../../../ingest/stages/normalise.ts';
import { startNormalisePool } from '../../../../ingest/stages/normalise-pool.ts';
import type { LocatedIssue } from '../../../../src/lib/ingest-report.ts';
import { NdjsonWriter, readNdjsonLines } from '../../../../ingest/spool.ts';
import { collectFile } from '../../../../ingest/stages/collect.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { recordProgress, toArray } from '../../../helpers/iterate.ts';
import { testReference } from '../../../helpers/reference.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

/**
 * Normalising on worker threads gives exactly what normalising in this thread gives, in the
 * same order: records, rejections (a broken line among good ones included) and warnings.
 */
let temp: TempDir;
let pool: Normaliser;
beforeAll(async () => {
  temp = await makeTempDir('normalise-pool');
  pool = await startNormalisePool('data', 2);
});
afterAll(async () => {
  await pool.close();
  await temp.remove();
});

let runs = 0;
async function collect(adapter: Adapter, file: string, normaliser?: Normaliser) {
  runs += 1;
  const spoolPath = temp.file(`spool-${String(runs)}.ndjson`);
  const spool = new NdjsonWriter(spoolPath);
  const rejected: LocatedIssue[] = [];
  const warnings: LocatedIssue[] = [];
  const stats = await collectFile(adapter, file, {
    reference: await testReference(),
    ...(normaliser && { normaliser }),
    spool,
    rejected,
    warnings,
    progress: () => ({ ...recordProgress(), done: () => undefined }),
  });
  await spool.close();
  return { stats, rejected, warnings, records: await toArray(readNdjsonLines(spoolPath)) };
}

describe('normalising on worker threads', () => {
  it.each([
    ['the sample KIPP 2019 export', kippAdapter, 'data/samples/kipp/kipp-2019.xlsx'],
    ['the sample IGA 2022–2023 export', igaAdapter, 'data/samples/iga/iga-2022-2023.ndjson'],
    ['a file with a broken line', igaAdapter, fixture('iga/lines.ndjson')],
    ['rows rejected among good ones', kippAdapter, fixture('kipp/bad-rows.csv')],
  ])('gives what this thread gives for %s', async (_name, adapter, file) => {
    const here = await collect(adapter, file);
    const onWorkers = await collect(adapter, file, pool);
    expect(here.stats.read).toBeGreaterThan(3);
    expect(onWorkers).toEqual(here);
  });

  it('fails to start, saying why, without reference tables', async () => {
    await expect(startNormalisePool(temp.file('no-such-folder'), 1)).rejects.toThrow(
      /no-such-folder/,
    );
  });
});
