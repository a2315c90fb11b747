import { z } from 'zod';
import { failure as failureOf, failures, type HttpFailure } from '../../http/failure.ts';
import { acceptSubmission } from '../../http/guard.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { PageResponse } from '../../http/page.ts';
import type { Claim } from '../../infra/database/claims-types.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import { claimOfLink, decidePendingClaim, OWNER_ACTOR } from './claims.ts';
import { answerPrivately, privatePageHeaders } from './page-headers.ts';
import { SAVED_PARAM } from './private-route.ts';
import { interestDeps } from './service.ts';

export type ClaimRoute =
  | { kind: 'not-found' }
  | { kind: 'unavailable' }
  | { kind: 'redirect'; location: string }
  | {
      kind: 'page';
      claim: Claim;
      entry: Registration;
      title: string;
      /** 200, or the failure the page shows with the claim. */
      answer: 200 | HttpFailure;
    };

/** What the page's two buttons post. */
const decisionSchema = z.object({ keputusan: z.enum(['terima', 'tolak']) });

/**
 * The owner's decision on a claim, by the link mailed to the entry's address: GET shows who
 * asks (a scanner that opens the link decides nothing); POST `keputusan=terima|tolak` decides
 * once and answers 303 back to the page. An unknown or malformed link is a 404; a refused post
 * (cross-site, rate limit, media type, size) or an unknown decision shows the page with its
 * status; a claim decided already stays as it was.
 */
export async function claimRoute(
  portal: Portal,
  context: RequestContext,
  token: string | undefined,
  url: URL,
): Promise<ClaimRoute> {
  try {
    const store = await portal.database();
    const found = await claimOfLink(store, token ?? '');
    if (found === undefined) return { kind: 'not-found' };
    const deps = interestDeps(portal);
    const title = await deps.titleOf(found.entry.innovationId);
    const page = (answer: 200 | HttpFailure) =>
      ({ kind: 'page', ...found, title, answer }) as const;
    if (context.request.method !== 'POST') return page(200);
    const read = await acceptSubmission(context, portal);
    if (!read.ok) return page(read.failure);
    const decision = decisionSchema.safeParse(read.data);
    if (!decision.success) return page(failureOf('invalid'));
    await decidePendingClaim(deps, {
      claim: found.claim,
      accept: decision.data.keputusan === 'terima',
      by: OWNER_ACTOR,
      origin: portal.config.SITE_URL ?? url.origin,
    });
    return { kind: 'redirect', location: `${url.pathname}?${SAVED_PARAM}=1` };
  } catch (error) {
    portal.log.warn(`claim page failed: ${String(error)}`);
    return { kind: 'unavailable' };
  }
}

/** The early response of the claim page (404, 303), or undefined after setting its headers. */
export function respondClaim(route: ClaimRoute, response: PageResponse): Response | undefined {
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
