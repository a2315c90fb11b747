import { defineEndpoint, refused, type Handler, type Outcome } from '../../http/endpoint.ts';
import { invalidFields } from '../../http/failure.ts';
import { paramMessages } from '../../http/field-messages.ts';
import type { RateBucket } from '../../http/limits.ts';
import type { Portal } from '../../portal/types.ts';
import { parseApiQuery, type ApiQuery, type ParamSet } from './params.ts';

/**
 * One open-data endpoint: readable from any origin (CORS, preflights answered), GET and HEAD
 * only, each request taken from the client's `bucket` (downloads have their own, smaller one).
 */
export function openDataEndpoint(
  name: string,
  handler: Handler<Portal>,
  bucket: RateBucket = 'read',
) {
  return defineEndpoint<Portal>({
    name: `open data ${name}`,
    cors: true,
    readBucket: bucket,
    GET: handler,
  });
}

/**
 * The handler of an endpoint that takes search parameters: they are parsed once, strictly
 * (`parseApiQuery`), a bad one answered 400 naming each parameter at fault.
 */
export function withQuery(
  set: ParamSet,
  answer: (portal: Portal, query: ApiQuery) => Promise<Outcome>,
): Handler<Portal> {
  return async ({ portal, url }) => {
    const parsed = parseApiQuery(url.searchParams, set);
    if (!parsed.success) return refused(invalidFields(paramMessages(parsed.problems)));
    return answer(portal, parsed.query);
  };
}
