import {
  defineEndpoint,
  refused,
  type Handler,
  type HandlerContext,
  type Outcome,
} from '../../http/endpoint.ts';
import { invalidFields } from '../../http/failure.ts';
import { paramMessages } from '../../http/field-messages.ts';
import type { RateBucket } from '../../http/limits.ts';
import type { Portal } from '../../portal/types.ts';
import { licenceLinkHeader } from './licence.ts';
import { parseApiQuery, type ApiQuery, type ParamSet } from './params.ts';

/**
 * One open-data endpoint: readable from any origin (CORS, preflights answered), GET and HEAD
 * only, each request taken from the client's `bucket` (downloads have their own, smaller one),
 * every answer linking the data's licence.
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
    headers: licenceLinkHeader,
    GET: handler,
  });
}

/**
 * The handler of an endpoint that takes search parameters: they are parsed once, strictly
 * (`parseApiQuery`), a bad one answered 400 naming each parameter at fault.
 */
export function withQuery(
  set: ParamSet,
  answer: (portal: Portal, query: ApiQuery, context: HandlerContext<Portal>) => Promise<Outcome>,
): Handler<Portal> {
  return async (context) => {
    const parsed = parseApiQuery(context.url.searchParams, set);
    if (!parsed.success) return refused(invalidFields(paramMessages(parsed.problems)));
    return answer(context.portal, parsed.query, context);
  };
}
