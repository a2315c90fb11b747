/**
 * What stops a backup or a restore that a person can act on (a folder not empty, a checksum that
 * does not match, a missing `pg_dump`): the CLIs print its message alone, without a stack.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** The command line was wrong: the CLIs print their usage after the message. */
export class UsageError extends BackupError {
  override name = 'UsageError';
}
