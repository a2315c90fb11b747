/**
 * Everything that can go wrong finding, starting or reaching Meilisearch; each message says what
 * to do about it.
 */
export class MeiliEngineError extends Error {
  override name = 'MeiliEngineError';
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
