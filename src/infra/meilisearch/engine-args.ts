import type { MeiliPaths } from './paths.ts';

/**
 * The command line of the embedded engine. Production mode enforces the master key and turns the
 * search preview off; every path is explicit so nothing lands in the working folder.
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
  // Short errors: a Rust backtrace would push the one useful line out of the reported tail.
  return { ...env, MEILI_MASTER_KEY: masterKey, RUST_BACKTRACE: '0', RUST_LIB_BACKTRACE: '0' };
}
