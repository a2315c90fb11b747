import { loadConfig, type Config } from '../../src/infra/config.ts';
import { createPortal, type Portal, type PortalLog } from '../../src/portal/create.ts';

/** A portal's lines kept for a test to read, never printed. */
export function quietLog(): PortalLog & { lines: string[] } {
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
  };
  return { lines, info: keep, warn: keep, error: keep };
}

/**
 * A portal of its own for a test, from a configuration (never the process's environment): a
 * parsed `Config`, or variables parsed as the environment would be, so a bad value fails as it
 * would. Its log is kept in `log.lines`.
 */
export function testPortal(
  env: Config | Record<string, string | undefined>,
): Portal & { log: ReturnType<typeof quietLog> } {
  const config = isConfig(env) ? env : loadConfig(env);
  const log = quietLog();
  return { ...createPortal(config, { log }), log };
}

function isConfig(value: Config | Record<string, unknown>): value is Config {
  return typeof value.MEILI_PORT === 'number';
}
