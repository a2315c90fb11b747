import type { MessageKey, MessageValues } from '../i18n/t.ts';

/** The `error` codes of the JSON API: stable, for programs; `message` is for people. */
export type ErrorCode =
  | 'invalid'
  | 'unknown-innovation'
  | 'unknown-entry'
  | 'not-found'
  | 'too-large'
  | 'unsupported-media-type'
  | 'cross-site'
  | 'malformed'
  | 'rate-limited'
  | 'method-not-allowed'
  | 'unavailable';

/**
 * Why a request is refused, before it becomes a response: the JSON API writes it as
 * `{ error, message, fields? }`, a page renders the same message in its own layout.
 */
export interface HttpFailure {
  status: number;
  error: ErrorCode;
  message: MessageKey;
  values?: MessageValues;
  /** Field name → message: what to correct, per field of a form. */
  fields?: Partial<Record<string, MessageKey>>;
  headers?: Record<string, string>;
}

export const failures = {
  tooLarge: { status: 413, error: 'too-large', message: 'interest.error.tooLarge' },
  mediaType: {
    status: 415,
    error: 'unsupported-media-type',
    message: 'interest.error.mediaType',
    headers: { Accept: 'application/x-www-form-urlencoded, application/json' },
  },
  crossSite: { status: 403, error: 'cross-site', message: 'interest.error.crossSite' },
  malformed: { status: 400, error: 'malformed', message: 'interest.error.malformed' },
  unknownInnovation: {
    status: 404,
    error: 'unknown-innovation',
    message: 'interest.error.unknownInnovation',
  },
  unknownEntry: { status: 404, error: 'unknown-entry', message: 'interest.error.unknownEntry' },
  notFound: { status: 404, error: 'not-found', message: 'interest.error.notFound' },
  unavailable: {
    status: 503,
    error: 'unavailable',
    message: 'interest.error.unavailable',
    headers: { 'Retry-After': '10' },
  },
} as const satisfies Record<string, HttpFailure>;

export function invalidFields(fields: Partial<Record<string, MessageKey>>): HttpFailure {
  return { status: 400, error: 'invalid', message: 'interest.error.invalid', fields };
}

export function rateLimited(retryAfterSeconds: number): HttpFailure {
  return {
    status: 429,
    error: 'rate-limited',
    message: 'interest.error.rateLimited',
    values: { seconds: retryAfterSeconds },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  };
}

export function methodNotAllowed(allow: readonly string[]): HttpFailure {
  return {
    status: 405,
    error: 'method-not-allowed',
    message: 'interest.error.method',
    headers: { Allow: allow.join(', ') },
  };
}
