import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';

/**
 * A process's memory as Linux reports it in `/proc/<pid>/status`, in kB. Resident memory is
 * split by what backs it: Meilisearch maps its LMDB files, so part of its RSS is file pages the
 * kernel may drop and read again, not memory the engine holds.
 */
const processMemorySchema = z.object({
  /** Resident now. */
  rssKb: z.number().int().nonnegative(),
  /** Resident at most since the start (or since `resetPeak`). */
  peakKb: z.number().int().nonnegative(),
  /** Heap, stacks: what only swap could free. */
  anonKb: z.number().int().nonnegative(),
  /** Mapped files (the LMDB database, the binary). */
  fileKb: z.number().int().nonnegative(),
});

export type ProcessMemory = z.output<typeof processMemorySchema>;

const FIELDS = { rssKb: 'VmRSS', peakKb: 'VmHWM', anonKb: 'RssAnon', fileKb: 'RssFile' } as const;

/** The figures of a `/proc/<pid>/status` text, or `undefined` when one is missing. */
export function parseProcStatus(text: string): ProcessMemory | undefined {
  const values = Object.fromEntries(
    Object.entries(FIELDS).map(([key, label]) => [
      key,
      Number(new RegExp(`^${label}:\\s+(\\d+) kB$`, 'm').exec(text)?.[1]),
    ]),
  );
  const parsed = processMemorySchema.safeParse(values);
  return parsed.success ? parsed.data : undefined;
}

/** Process `pid`'s memory, or `undefined` when it is gone or this is not Linux. */
export async function readProcessMemory(pid: number): Promise<ProcessMemory | undefined> {
  const text = await readFile(`/proc/${String(pid)}/status`, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : parseProcStatus(text);
}

/**
 * Sets process `pid`'s peak back to what it holds now (`5` to `clear_refs`, Linux 4.0+), so the
 * next peak read is that of what happens from here on. False when it could not.
 */
export async function resetPeak(pid: number): Promise<boolean> {
  return writeFile(`/proc/${String(pid)}/clear_refs`, '5').then(
    () => true,
    () => false,
  );
}

/** `RSS 190 MB (anonymous 140 MB, file-backed 50 MB), peak 290 MB`. */
export function describeMemory(memory: ProcessMemory): string {
  return (
    `RSS ${megabytes(memory.rssKb)} (anonymous ${megabytes(memory.anonKb)}, ` +
    `file-backed ${megabytes(memory.fileKb)}), peak ${megabytes(memory.peakKb)}`
  );
}

/** Whole megabytes (MiB, as `free -m` and `ps` count them). */
export function toMegabytes(kb: number): number {
  return Math.round(kb / 1024);
}

// --- internal ---

function megabytes(kb: number): string {
  return `${String(toMegabytes(kb))} MB`;
}
