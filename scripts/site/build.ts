import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { precompressAssets } from '../../src/node-server/precompressed.ts';

/** The parts of the project the built site is made from. */
const SOURCES = ['src', 'public', 'astro.config.ts', 'package-lock.json'];

export const SITE_DIR = 'dist';

/** The built site's server (the node adapter's standalone entry). */
export const SERVER_ENTRY = join(SITE_DIR, 'server', 'entry.mjs');

/**
 * Why the site must be built before serving, or `undefined` when the build is current: it is
 * missing, or a source file changed after it.
 */
export async function staleReason(): Promise<string | undefined> {
  const built = await modified(SERVER_ENTRY);
  if (built === undefined) return 'the site has not been built yet';
  const newest = await newestSource();
  return newest.time > built ? `${newest.file} changed since the last build` : undefined;
}

/**
 * `astro build` with the project's Node, into `outDir` (default `dist/`), then the hashed assets
 * stored precompressed beside themselves. Its output is shown as it comes, or with `quiet`
 * kept and shown only when the build fails.
 */
export async function buildSite(options: { outDir?: string; quiet?: boolean } = {}): Promise<void> {
  const args = ['node_modules/astro/bin/astro.mjs', 'build'];
  if (options.outDir !== undefined) args.push('--outDir', options.outDir);
  // A build started from a test run would inherit NODE_ENV=test and ship React's development
  // build (about twice the bytes); what is built is always what production serves.
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: options.quiet === true ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  let output = '';
  const keep = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0) throw new Error(`the site build failed (exit ${String(code)})\n${output}`);
  await precompressAssets(join(options.outDir ?? SITE_DIR, 'client'));
}

// --- internal ---

async function modified(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

async function newestSource(): Promise<{ file: string; time: number }> {
  let newest = { file: '', time: 0 };
  for (const source of SOURCES) {
    for (const file of await filesUnder(source)) {
      const time = (await modified(file)) ?? 0;
      if (time > newest.time) newest = { file, time };
    }
  }
  return newest;
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
