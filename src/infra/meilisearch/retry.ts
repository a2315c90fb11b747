import { MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import pRetry from 'p-retry';
import { EngineUnreachableError } from './errors.ts';

export interface RetryOptions {
  retries?: number;
  minTimeout?: number;
}

/**
 * Retries a call to the engine with back-off when the connection fails (refused, reset,
 * timed out); an answer from the engine, even an error, is not retried.
 */
export async function withEngineRetry<T>(
  what: string,
  call: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  try {
    return await pRetry(call, {
      retries: options.retries ?? 4,
      minTimeout: options.minTimeout ?? 250,
      factor: 2,
      shouldRetry: ({ error }) => isConnectionError(error),
    });
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    throw new EngineUnreachableError(
      `${what}: the search engine cannot be reached (${message(error)})`,
    );
  }
}

export function isConnectionError(error: unknown): boolean {
  return (
    error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError
  );
}

function message(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
