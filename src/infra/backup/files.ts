import { constants, createWriteStream, type Stats } from 'node:fs';
import { copyFile, mkdir, open, readdir, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { adminTokenFile } from '../admin-token.ts';
import { hasCode } from '../meilisearch/errno.ts';
import { BackupError } from './errors.ts';
import { DATA_FOLDER, type BackupFile } from './manifest.ts';

/**
 * The last published records, as the ingest writes them (`ingest/pipeline.ts`): a restore
 * rebuilds the index from them.
 */
export const RECORDS_FILE = 'innovations.ndjson';

/**
 * The files of DATA_DIR that cannot be rebuilt, relative to it: the ingest's source stores
 * (`sources/`, every accepted record, which each merge runs across), the last published records
 * and their catalogue (the next ingest keeps their ids and reuses unchanged records) and the
 * generated admin token. Everything else there is the engine's or is rebuilt: `meili/`, its key
 * and state files, `bin/`, `search-key.json`, the index-settings hash, a run's `work-*` folder.
 * The SQLite store is copied apart (`sqlite.ts`), as a copy of its file could be torn.
 */
export async function keptFiles(dataDir: string): Promise<string[]> {
  const fixed = [RECORDS_FILE, 'catalogue.ndjson', relative(dataDir, adminTokenFile(dataDir))];
  const present = await Promise.all(fixed.map((path) => isFile(join(dataDir, path))));
  return [...fixed.filter((_, i) => present[i]), ...(await sourceStores(dataDir))];
}

/**
 * Copies the kept files into `into`, as they were at one moment: an ingest replaces them by
 * renaming new files into place, so every file is opened before any is copied (an open file
 * keeps its content), and the copy is made again when a path was replaced meanwhile.
 */
export async function copyKeptFiles(dataDir: string, into: string): Promise<string[]> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const copied = await copyOnce(dataDir, into);
    if (copied !== undefined) return copied;
    await rm(into, { recursive: true, force: true });
  }
  throw new BackupError(
    `the files of ${dataDir} changed during each of ${ATTEMPTS} copies (an ingest publishing?): ` +
      'run the backup again once it has finished',
  );
}

/** Copies the backup's DATA_DIR files into `dataDir`, never over a file already there. */
export async function restoreDataFiles(
  backupDir: string,
  files: readonly BackupFile[],
  dataDir: string,
): Promise<number> {
  const data = files.filter((file) => file.path.startsWith(`${DATA_FOLDER}/`));
  for (const file of data) {
    const target = join(dataDir, file.path.slice(DATA_FOLDER.length + 1));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(backupDir, file.path), target, constants.COPYFILE_EXCL);
  }
  return data.length;
}

// --- internal ---

const ATTEMPTS = 3;

interface OpenedFile {
  path: string;
  handle: FileHandle;
  identity: string;
}

async function copyOnce(dataDir: string, into: string): Promise<string[] | undefined> {
  const paths = await keptFiles(dataDir);
  const opened = await openAll(dataDir, paths);
  if (opened === undefined) return undefined;
  try {
    for (const file of opened) await copyOut(file.handle, join(into, file.path));
  } finally {
    await Promise.all(opened.map((file) => file.handle.close()));
  }
  const after = await keptFiles(dataDir);
  if (after.join('\n') !== paths.join('\n')) return undefined;
  const identities = await Promise.all(opened.map((file) => identityAt(join(dataDir, file.path))));
  return opened.every((file, i) => identities[i] === file.identity) ? paths : undefined;
}

/** Every file opened, or undefined (none left open) when one was gone before it could be. */
async function openAll(dataDir: string, paths: string[]): Promise<OpenedFile[] | undefined> {
  const opened: OpenedFile[] = [];
  for (const path of paths) {
    try {
      const handle = await open(join(dataDir, path), 'r');
      opened.push({ path, handle, identity: identityOf(await handle.stat()) });
    } catch (error) {
      await Promise.all(opened.map((file) => file.handle.close()));
      if (hasCode(error, 'ENOENT')) return undefined;
      throw error;
    }
  }
  return opened;
}

/** The backup holds contact data and the admin token: its files are the owner's alone. */
async function copyOut(handle: FileHandle, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true, mode: 0o700 });
  await pipeline(
    handle.createReadStream({ start: 0, autoClose: false }),
    createWriteStream(target, { mode: 0o600, flags: 'wx' }),
  );
}

/** Which file a path names and its state: another one renamed into place differs. */
function identityOf(info: Stats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeMs}`;
}

async function identityAt(path: string): Promise<string | undefined> {
  try {
    return identityOf(await stat(path));
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await identityAt(path)) !== undefined;
}

/** `sources/<programme>.ndjson`, whichever programmes were ingested. */
async function sourceStores(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(dataDir, SOURCES_FOLDER));
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.ndjson'))
    .sort()
    .map((name) => `${SOURCES_FOLDER}/${name}`);
}

const SOURCES_FOLDER = 'sources';
