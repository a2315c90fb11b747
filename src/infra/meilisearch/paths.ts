import { join, resolve } from 'node:path';

/** Where the embedded Meilisearch keeps its files, all under DATA_DIR and all absolute. */
export interface MeiliPaths {
  /** The engine's working folder: the database, dumps and snapshots live inside it. */
  root: string;
  db: string;
  dumps: string;
  snapshots: string;
  /** The master key, mode 0600. */
  keyFile: string;
  /** `{ pid, url }` of the running embedded engine, so other processes can find it. */
  stateFile: string;
  /** Exists while a process is starting the engine. */
  startLock: string;
  /** The executable copy of the packaged binary, and the package version it came from. */
  binary: string;
  binaryStamp: string;
}

export function meiliPaths(dataDir: string): MeiliPaths {
  const data = resolve(dataDir);
  const root = join(data, 'meili');
  return {
    root,
    db: join(root, 'db'),
    dumps: join(root, 'dumps'),
    snapshots: join(root, 'snapshots'),
    keyFile: join(data, 'meili-master-key'),
    stateFile: join(data, 'meili.json'),
    startLock: join(data, 'meili.starting'),
    binary: join(data, 'bin', 'meilisearch'),
    binaryStamp: join(data, 'bin', 'meilisearch.version'),
  };
}
