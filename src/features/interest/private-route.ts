import { interestStageSchema } from '../../lib/interest/schema.ts';
import type { MessageKey, MessageValues } from '../../i18n/t.ts';
import { failure as failureOf, failures, type HttpFailure } from '../../http/failure.ts';
import { acceptSubmission } from '../../http/guard.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { PageResponse } from '../../http/page.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import { answerPrivately, privatePageHeaders } from './page-headers.ts';
import { interestService } from './service.ts';

/** The query parameter the page is redirected to after a change, to say it was saved. */
export const SAVED_PARAM = 'tersimpan';

export type PrivateRoute =
  | { kind: 'not-found' }
  | { kind: 'unavailable' }
  | { kind: 'redirect'; location: string }
  | {
      kind: 'page';
      entry: Registration;
      /** 200, or the failure the page shows with the entry. */
      answer: 200 | HttpFailure;
      saved: boolean;
      failure?: { message: MessageKey; values?: MessageValues | undefined };
    };

/**
 * A registrant's private page: GET shows the entry; POST (`tahapan`) moves it to that stage,
 * `batal` withdraws it, and is answered by a 303 back to the page (so a reload does not post
 * again). An unknown token is a 404; a refused post (cross-site, rate limit, media type, size)
 * or an unknown stage shows the page again with the reason and its status.
 */
export async function privateRoute(
  portal: Portal,
  context: RequestContext,
  token: string | undefined,
  url: URL,
): Promise<PrivateRoute> {
  try {
    return await route(portal, context, token ?? '', url);
  } catch (error) {
    portal.log.warn(`private page failed: ${String(error)}`);
    return { kind: 'unavailable' };
  }
}

/** The early response of a private page file (404, 303), or undefined after setting headers. */
export function respondPrivate(route: PrivateRoute, response: PageResponse): Response | undefined {
  if (route.kind === 'not-found') {
    return new Response(null, { status: failures.notFound.status, headers: privatePageHeaders });
  }
  if (route.kind === 'redirect') {
    return new Response(null, {
      status: 303,
      headers: { ...privatePageHeaders, Location: route.location },
    });
  }
  answerPrivately(response, route.kind === 'unavailable' ? failures.unavailable : route.answer);
  return undefined;
}

// --- internal ---

async function route(
  portal: Portal,
  context: RequestContext,
  token: string,
  url: URL,
): Promise<PrivateRoute> {
  const service = interestService(portal);
  const entry = await service.privateEntry(token);
  if (entry === undefined) return { kind: 'not-found' };
  const saved = url.searchParams.has(SAVED_PARAM);
  if (context.request.method !== 'POST') return { kind: 'page', entry, answer: 200, saved };
  const read = await acceptSubmission(context, portal);
  if (!read.ok) {
    const { failure } = read;
    const refused = { message: failure.message, values: failure.values };
    return { kind: 'page', entry, answer: failure, saved: false, failure: refused };
  }
  const stage = interestStageSchema.safeParse(read.data.tahapan);
  if (!stage.success) {
    const failure = { message: 'interest.error.stage' } as const;
    return { kind: 'page', entry, answer: failureOf('invalid'), saved: false, failure };
  }
  const moved = await service.moveOwnEntry(token, stage.data);
  if (moved === undefined) return { kind: 'not-found' };
  return { kind: 'redirect', location: `${url.pathname}?${SAVED_PARAM}=1` };
}
