import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hasCode } from './errno.ts';
import { StartLockedError } from './errors.ts';
import { isProcessAlive } from './liveness.ts';

/** A start takes seconds; a lock older than this was left by a process that died mid-start. */
const STALE_AFTER_MS = 60_000;

/**
 * Takes the lock held while one process starts the embedded engine, or throws
 * `StartLockedError`; returns the function that releases it. Without it, two processes starting
 * at once would both spawn an engine on one database: the second blocks on the database lock
 * while the first answers its health checks, and would be recorded as the running engine.
 */
export async function acquireStartLock(file: string): Promise<() => Promise<void>> {
  for (;;) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (error) {
      if (!hasCode(error, 'EEXIST')) throw error;
    }
    const holder = await lockHolder(file);
    if (typeof holder === 'number') {
      throw new StartLockedError(
        `process ${holder} is already starting the embedded Meilisearch; if no such process ` +
          `is, delete ${file}.`,
      );
    }
    if (holder === 'stale') await rm(file, { force: true });
  }
}

/** Resolves once no live process holds the lock, or after `timeoutMs`. */
export async function waitForStartLock(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (typeof (await lockHolder(file)) === 'number' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// --- internal ---

/** The pid of a live, recent holder; `stale` for a dead or old one; `gone` if just released. */
async function lockHolder(file: string): Promise<number | 'stale' | 'gone'> {
  try {
    const [text, info] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    const pid = Number(text.trim());
    const fresh = Date.now() - info.mtimeMs < STALE_AFTER_MS;
    return Number.isInteger(pid) && pid > 0 && fresh && isProcessAlive(pid) ? pid : 'stale';
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return 'gone';
    throw error;
  }
}
