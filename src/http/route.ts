import type { Locale } from '../i18n/locales.ts';
import { failureResponse } from './json.ts';
import { failures, methodNotAllowed } from './failure.ts';
import type { RequestContext } from './limits.ts';
import { requestLocale } from './locale.ts';

/** What an API handler gets of Astro's endpoint context. */
export interface ApiContext extends RequestContext {
  readonly url: URL;
  readonly params: Readonly<Record<string, string | undefined>>;
}

export type ApiHandler = (context: ApiContext, locale: Locale) => Promise<Response>;

/**
 * One endpoint (Astro's `ALL` export): dispatches GET (and HEAD, its body dropped by Astro) and
 * POST to their handlers, answers any other method 405 with `Allow`, and turns every error a
 * handler throws (the store or the engine failing: never the client's input, which handlers
 * validate) into 503 `unavailable`, logged under the route's `name` without any request data.
 */
export function apiRoute(
  name: string,
  handlers: Partial<Record<'GET' | 'POST', ApiHandler>>,
): (context: ApiContext) => Promise<Response> {
  const allow = Object.keys(handlers).flatMap((method) =>
    method === 'GET' ? ['GET', 'HEAD'] : [method],
  );
  return async (context) => {
    const locale = requestLocale(context.request, context.url);
    const method = context.request.method.toUpperCase();
    const handler =
      method === 'GET' || method === 'HEAD'
        ? handlers.GET
        : method === 'POST'
          ? handlers.POST
          : undefined;
    if (handler === undefined) return failureResponse(methodNotAllowed(allow), locale);
    try {
      return await handler(context, locale);
    } catch (error) {
      // The route's name, not its path: a path may hold a private token.
      console.error(`${name} ${method}: ${describe(error)}`);
      return failureResponse(failures.unavailable, locale);
    }
  };
}

// --- internal ---

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}
