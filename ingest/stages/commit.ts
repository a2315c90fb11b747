import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { programmeSchema } from '../../src/lib/schema/enums.ts';
import { storePath } from './store.ts';

/**
 * What a run writes in its work folder before it publishes (its staged results), and where
 * each goes in `DATA_DIR`: the stores of the programmes it ingested, the public records and
 * the catalogue.
 */
export function stagedResults(workDir: string, dataDir: string) {
  return {
    stores: programmeSchema.options.map((programme) => ({
      staged: join(workDir, `store-${programme}.ndjson`),
      live: storePath(dataDir, programme),
    })),
    innovations: {
      staged: join(workDir, 'innovations.ndjson'),
      live: join(dataDir, 'innovations.ndjson'),
    },
    catalogue: {
      staged: join(workDir, 'catalogue.ndjson'),
      live: join(dataDir, 'catalogue.ndjson'),
    },
  };
}

/**
 * Moves a run's staged results into place once the index serves them: by the run itself, or
 * by a later run or start that finds the run cut short after its publish step. What is no
 * longer staged was moved already, so a move stopped half-way is finished by the next one.
 */
export async function moveStagedResults(workDir: string, dataDir: string): Promise<void> {
  const results = stagedResults(workDir, dataDir);
  for (const store of results.stores) await moveIfStaged(store);
  // The catalogue goes first and comes last: a run stopped in between leaves records without
  // one (nothing reused next time), never a catalogue of other records.
  if (existsSync(results.catalogue.staged)) await rm(results.catalogue.live, { force: true });
  await moveIfStaged(results.innovations);
  await moveIfStaged(results.catalogue);
}

async function moveIfStaged({ staged, live }: { staged: string; live: string }): Promise<void> {
  if (!existsSync(staged)) return;
  await mkdir(dirname(live), { recursive: true });
  await rename(staged, live);
}
