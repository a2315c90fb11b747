import { delimiter, join, resolve } from 'node:path';
import type { Config } from '../config.ts';
import { BinaryNotFoundError } from './errors.ts';
import { isExecutableFile } from './executable.ts';
import { BINARY_PACKAGE, installPackagedBinary } from './package-binary.ts';
import { meiliPaths } from './paths.ts';

/** Where the binary was found: `MEILI_BIN`, a `meilisearch` on PATH, or the optional package. */
export type BinarySource = 'MEILI_BIN' | 'PATH' | 'package';

export interface MeiliBinary {
  path: string;
  source: BinarySource;
}

/** What the lookup reads from the machine; tests pass their own. */
export interface BinaryLookup {
  pathEnv?: string | undefined;
  platform?: string;
  arch?: string;
}

/**
 * The Meilisearch binary to run: `MEILI_BIN`, else a `meilisearch` on PATH, else the packaged
 * linux-x64 binary (made executable under `<DATA_DIR>/bin`). Throws a message saying how to get
 * one when none fits.
 */
export async function findBinary(
  config: Pick<Config, 'MEILI_BIN' | 'DATA_DIR'>,
  lookup: BinaryLookup = {},
): Promise<MeiliBinary> {
  const { pathEnv = process.env.PATH, platform = process.platform, arch = process.arch } = lookup;
  if (config.MEILI_BIN !== undefined) return fromSetting(config.MEILI_BIN);
  const onPath = await findOnPath(pathEnv ?? '', platform);
  if (onPath) return { path: onPath, source: 'PATH' };
  if (platform === 'linux' && arch === 'x64') {
    const paths = meiliPaths(config.DATA_DIR);
    const packaged = await installPackagedBinary(paths.binary, paths.binaryStamp);
    if (packaged) return { path: packaged, source: 'package' };
    throw notFound(`${platform}-${arch}`, `the optional dependency ${BINARY_PACKAGE} is missing`);
  }
  throw notFound(`${platform}-${arch}`, 'no bundled binary fits this platform');
}

// --- internal ---

async function fromSetting(setting: string): Promise<MeiliBinary> {
  const path = resolve(setting);
  if (await isExecutableFile(path)) return { path, source: 'MEILI_BIN' };
  throw new BinaryNotFoundError(
    `MEILI_BIN=${setting} is not an executable file: point it at a Meilisearch 1.x binary.`,
  );
}

async function findOnPath(pathEnv: string, platform: string): Promise<string | undefined> {
  const name = platform === 'win32' ? 'meilisearch.exe' : 'meilisearch';
  for (const folder of pathEnv.split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, name);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function notFound(target: string, why: string): BinaryNotFoundError {
  return new BinaryNotFoundError(
    `No Meilisearch binary for ${target} (${why}, and none on PATH). Install Meilisearch 1.x ` +
      '(https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally) and set ' +
      'MEILI_BIN to its path, or use a running Meilisearch by setting MEILI_URL and ' +
      'MEILI_MASTER_KEY.',
  );
}
