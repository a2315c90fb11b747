import { loadConfig, type Config } from '../config.ts';

let cached: Config | undefined;

/** The server's configuration, parsed once per process on first use (never at import). */
export function processConfig(): Config {
  cached ??= loadConfig();
  return cached;
}
