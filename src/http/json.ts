import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/t.ts';
import type { HttpFailure } from './failure.ts';

/**
 * Every answer of the interest API is private to its request: it is never stored by a cache
 * (a private entry, a count that just changed), never sniffed as another type.
 */
export const apiHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...apiHeaders, ...headers } });
}

/** `{ error, message, fields? }`, the messages in the request's language. */
export function failureResponse(
  failure: HttpFailure,
  locale: Locale,
  headers: Record<string, string> = {},
): Response {
  const t = translator(locale);
  const fields =
    failure.fields === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(failure.fields).flatMap(([field, key]) =>
            key === undefined ? [] : [[field, t(key)]],
          ),
        );
  return jsonResponse(
    failure.status,
    { error: failure.error, message: t(failure.message, failure.values), fields },
    { ...failure.headers, ...headers },
  );
}
