import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { hasCode } from './errno.ts';

/** What `<DATA_DIR>/meili.json` says about the embedded engine that is running. */
const stateSchema = z.object({
  pid: z.number().int().positive(),
  url: z.url(),
  startedAt: z.iso.datetime(),
});

export type EmbeddedState = z.output<typeof stateSchema>;

/** The recorded state, or `undefined` when there is none or it is unreadable (a torn write). */
export async function readState(file: string): Promise<EmbeddedState | undefined> {
  try {
    return parseState(await readFile(file, 'utf8'));
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

/** Written under a temporary name and renamed, so a reader never sees half a file. */
export async function writeState(file: string, state: EmbeddedState): Promise<void> {
  const temp = `${file}.${randomUUID()}.tmp`;
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temp, file);
}

/** Removes the state file if it still names `pid` (it may already describe a newer engine). */
export async function removeState(file: string, pid: number): Promise<void> {
  if ((await readState(file))?.pid === pid) await rm(file, { force: true });
}

/** The same, synchronously, for `process.on('exit')` handlers. */
export function removeStateSync(file: string, pid: number): void {
  try {
    if (parseState(readFileSync(file, 'utf8'))?.pid === pid) unlinkSync(file);
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error;
  }
}

// --- internal ---

function parseState(text: string): EmbeddedState | undefined {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
