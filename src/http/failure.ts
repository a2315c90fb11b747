import type { MessageKey, MessageValues } from '../i18n/t.ts';

/**
 * How long a client should wait before asking again when a dependency (the engine, the
 * database) is away: one policy for every route and page. A rate-limited client is told its
 * own wait instead (`rateLimited`).
 */
export const unavailableRetrySeconds = 30;

/**
 * The `error` codes of every failure the portal answers, each with its one status: stable, for
 * programs; `message` is for people. This table is the one place an error status is written.
 */
const table = {
  invalid: { status: 400, message: 'error.invalid' },
  malformed: { status: 400, message: 'error.malformed' },
  'bad-request': { status: 400, message: 'error.badRequest' },
  unauthorized: { status: 401, message: 'error.unauthorized' },
  'cross-site': { status: 403, message: 'error.crossSite' },
  forbidden: { status: 403, message: 'error.forbidden' },
  'not-found': { status: 404, message: 'error.notFound' },
  'unknown-innovation': { status: 404, message: 'error.unknownInnovation' },
  'unknown-entry': { status: 404, message: 'error.unknownEntry' },
  'method-not-allowed': { status: 405, message: 'error.method' },
  gone: { status: 410, message: 'error.gone' },
  'too-large': { status: 413, message: 'error.tooLarge' },
  'unsupported-media-type': { status: 415, message: 'error.mediaType' },
  'rate-limited': { status: 429, message: 'error.rateLimited' },
  'internal-error': { status: 500, message: 'error.internal' },
  unavailable: { status: 503, message: 'error.unavailable' },
} as const satisfies Record<string, { status: number; message: MessageKey }>;

export type ErrorCode = keyof typeof table;

export const errorCodes = Object.keys(table) as ErrorCode[];

/** What to correct, per field of a form or parameter of a URL, as message keys. */
export type FieldMessages = Partial<Record<string, MessageKey>>;

/**
 * Why a request is refused, before it becomes a response: the JSON API writes it as
 * `{ error, message, fields? }`, a page renders the same message in its own layout.
 */
export interface HttpFailure {
  readonly status: number;
  readonly error: ErrorCode;
  readonly message: MessageKey;
  readonly values?: MessageValues;
  readonly fields?: FieldMessages;
  readonly headers?: Readonly<Record<string, string>>;
}

export function failure(
  error: ErrorCode,
  extra: Pick<HttpFailure, 'values' | 'fields' | 'headers'> = {},
): HttpFailure {
  return { ...table[error], error, ...extra };
}

export const failures = {
  tooLarge: failure('too-large'),
  mediaType: failure('unsupported-media-type', {
    headers: { Accept: 'application/x-www-form-urlencoded, application/json' },
  }),
  crossSite: failure('cross-site'),
  forbidden: failure('forbidden'),
  malformed: failure('malformed'),
  badRequest: failure('bad-request'),
  unknownInnovation: failure('unknown-innovation'),
  unknownEntry: failure('unknown-entry'),
  notFound: failure('not-found'),
  gone: failure('gone'),
  internal: failure('internal-error'),
  unauthorized: failure('unauthorized', {
    headers: { 'WWW-Authenticate': 'Bearer realm="admin"' },
  }),
  unavailable: failure('unavailable', {
    headers: { 'Retry-After': String(unavailableRetrySeconds) },
  }),
} as const satisfies Record<string, HttpFailure>;

export function invalidFields(fields: FieldMessages): HttpFailure {
  return failure('invalid', { fields });
}

export function rateLimited(retryAfterSeconds: number): HttpFailure {
  return failure('rate-limited', {
    values: { seconds: retryAfterSeconds },
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });
}

export function methodNotAllowed(allow: readonly string[]): HttpFailure {
  return failure('method-not-allowed', { headers: { Allow: allow.join(', ') } });
}
