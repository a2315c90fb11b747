/**
 * Everything that can go wrong finding, starting or reaching Meilisearch; each message says what
 * to do about it.
 */
export class MeiliEngineError extends Error {
  override name = 'MeiliEngineError';
  /**
   * Marks the error for `isEngineDown` without `instanceof`: the portal is built by the site
   * server's modules and used by Astro's bundle, which holds its own copy of this class, so an
   * error thrown on one side is not an instance of the other side's class.
   */
  readonly engineDown = true;
}

/** True for the errors that mean "the search engine is not there", not a bug. */
export function isEngineDown(error: unknown): boolean {
  return error instanceof Error && 'engineDown' in error && error.engineDown === true;
}

/** No Meilisearch binary fits this machine. */
export class BinaryNotFoundError extends MeiliEngineError {
  override name = 'BinaryNotFoundError';
}

/** The embedded engine did not start, or did not become healthy in time. */
export class EngineStartError extends MeiliEngineError {
  override name = 'EngineStartError';
}

/** An engine that should be there does not answer. */
export class EngineUnreachableError extends MeiliEngineError {
  override name = 'EngineUnreachableError';
}

/** Another process is starting the embedded engine right now. */
export class StartLockedError extends EngineStartError {
  override name = 'StartLockedError';
}

/** The embedded engine already runs (started by another process). */
export class AlreadyRunningError extends EngineStartError {
  override name = 'AlreadyRunningError';
}

/** The engine answers but refuses the master key. */
export class EngineKeyError extends MeiliEngineError {
  override name = 'EngineKeyError';
}

/** No embedded engine runs and the caller did not allow starting one. */
export class EngineNotRunningError extends MeiliEngineError {
  override name = 'EngineNotRunningError';
}
