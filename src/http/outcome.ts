import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/t.ts';
import { cacheHeader, type CachePolicy } from './cache.ts';
import type { HttpFailure } from './failure.ts';

/** 503 only for a readiness answer saying "not ready": a report to a load balancer, not a failure. */
export type JsonStatus = 200 | 201 | 202 | 503;

/** What a route answers, before it is a response. */
export type Outcome =
  | {
      kind: 'json';
      body: unknown;
      status?: JsonStatus;
      cache?: CachePolicy;
      headers?: Readonly<Record<string, string>>;
    }
  | {
      /** A download, streamed: `filename` is what the browser saves it as. */
      kind: 'download';
      body: ReadableStream<Uint8Array>;
      contentType: string;
      filename: string;
      cache?: CachePolicy;
      headers?: Readonly<Record<string, string>>;
    }
  | {
      /** Text for a program (the Prometheus exposition format, a feed), not cached unless said. */
      kind: 'text';
      body: string;
      contentType: string;
      cache?: CachePolicy;
    }
  | {
      /** Server-sent events (`eventStream`): never cached, never compressed or buffered. */
      kind: 'events';
      body: ReadableStream<Uint8Array>;
      headers?: Readonly<Record<string, string>>;
    }
  | { kind: 'failure'; failure: HttpFailure }
  /** Moved for good (301): an id a join replaced, answered where it lives now. */
  | { kind: 'moved'; location: string };

/**
 * Every JSON answer is never sniffed as another type. A failure is never stored by a cache and
 * carries `{ error, message, fields? }`, its messages in the request's language.
 */
export function toResponse(
  outcome: Outcome,
  locale: Locale,
  extra: Readonly<Record<string, string>> = {},
): Response {
  if (outcome.kind === 'failure') {
    const { failure } = outcome;
    const headers = { ...jsonHeaders, ...cacheHeader('none'), ...failure.headers, ...extra };
    return new Response(JSON.stringify(failureBody(failure, locale)), {
      status: failure.status,
      headers,
    });
  }
  if (outcome.kind === 'moved') {
    return new Response(null, {
      status: 301,
      headers: { Location: outcome.location, ...cacheHeader('livePage'), ...extra },
    });
  }
  if (outcome.kind === 'text') {
    return new Response(outcome.body, {
      status: 200,
      headers: {
        'Content-Type': outcome.contentType,
        'X-Content-Type-Options': 'nosniff',
        ...cacheHeader(outcome.cache ?? 'none'),
        ...extra,
      },
    });
  }
  if (outcome.kind === 'events') {
    return new Response(outcome.body, {
      status: 200,
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
        // no-transform: the compression middleware would hold events back to fill a block.
        'Cache-Control': 'no-store, no-transform',
        // nginx would buffer the stream too.
        'X-Accel-Buffering': 'no',
        ...outcome.headers,
        ...extra,
      },
    });
  }
  const cache = cacheHeader(outcome.cache ?? 'none');
  if (outcome.kind === 'json') {
    return new Response(JSON.stringify(outcome.body), {
      status: outcome.status ?? 200,
      headers: { ...jsonHeaders, ...cache, ...outcome.headers, ...extra },
    });
  }
  return new Response(outcome.body, {
    status: 200,
    headers: {
      'Content-Type': outcome.contentType,
      'Content-Disposition': `attachment; filename="${outcome.filename}"`,
      'X-Content-Type-Options': 'nosniff',
      ...cache,
      ...outcome.headers,
      ...extra,
    },
  });
}

/** `{ error, message, fields? }`: a stable code for programs, words for people. */
export function failureBody(failure: HttpFailure, locale: Locale) {
  const t = translator(locale);
  const fields =
    failure.fields === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(failure.fields).flatMap(([field, key]) =>
            key === undefined ? [] : [[field, t(key)]],
          ),
        );
  return { error: failure.error, message: t(failure.message, failure.values), fields };
}

// --- internal ---

const jsonHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
};
