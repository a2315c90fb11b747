import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A fresh folder for one bench run under `.data/bench/`, created with its parents: on a fresh
 * clone `.data/` does not exist yet and `mkdtemp` alone would fail.
 */
export async function benchWorkDir(prefix: string): Promise<string> {
  const parent = join('.data', 'bench');
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, `${prefix}-`));
}
