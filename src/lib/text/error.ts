/** `Name: message` of a thrown value, for a log line (never a visitor's data: only the error). */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}
