import type { MeiliPaths } from './paths.ts';

/**
 * What the indexer may use. Meilisearch's default is two thirds of the machine's memory, and it
 * keeps what it took: after ingesting the 3,002-record sample on a 24 GB machine it held 975 MB
 * for good (1,054 MB at its peak); with 256 MiB, 190-225 MB (peak 280-290 MB), and 64 MiB or
 * 1 GiB gave the same. On 100,000 KIPP rows its peak fell from 2.1 GB to 825 MB and its CPU time
 * did not rise (35 s against 47 s, one run each).
 */
export const MAX_INDEXING_MEMORY = '256 MiB';

/**
 * The command line of the embedded engine. Production mode enforces the master key and turns the
 * search preview off; every path is explicit so nothing lands in the working folder. Left at
 * their defaults on purpose: `--max-indexing-threads` (documented to keep indexing to half the
 * cores, the rest for searches; one thread changed nothing measurable on the sample) and
 * `--experimental-reduce-indexing-memory-usage` (LMDB's write map: 20-30 MB less on the
 * sample, but its own help says not to use it in production).
 */
export function engineArgs(paths: MeiliPaths, host: string, port: number): string[] {
  return [
    '--db-path',
    paths.db,
    '--dump-dir',
    paths.dumps,
    '--snapshot-dir',
    paths.snapshots,
    '--http-addr',
    `${host}:${port}`,
    '--env',
    'production',
    '--no-analytics',
    '--log-level',
    'WARN',
    '--max-indexing-memory',
    MAX_INDEXING_MEMORY,
  ];
}

/**
 * The engine's environment: ours without any MEILI_* variable (Meilisearch reads those as its
 * own options, and ours mean other things), plus the master key. The key goes by environment,
 * not argument, because any local user can read another process's arguments.
 */
export function engineEnv(parent: NodeJS.ProcessEnv, masterKey: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(parent)) {
    if (!name.startsWith('MEILI_')) env[name] = value;
  }
  return {
    // Meilisearch's allocator (mimalloc) returns freed pages to the system after a delay, from
    // within later allocations: a thread idle after an ingest never gets there, so what the
    // ingest freed stayed resident. At once: 218 -> 164 MB steady on the sample (peak 288 ->
    // 232 MB), for ~5 % more engine CPU per search. The environment may set its own.
    MIMALLOC_PURGE_DELAY: '0',
    ...env,
    MEILI_MASTER_KEY: masterKey,
    // Short errors: a Rust backtrace would push the one useful line out of the reported tail.
    RUST_BACKTRACE: '0',
    RUST_LIB_BACKTRACE: '0',
  };
}
