import { interestStageSchema } from '../../lib/interest/schema.ts';
import type { MessageKey, MessageValues } from '../../i18n/t.ts';
import { failure as failureOf, failures, type HttpFailure } from '../../http/failure.ts';
import { acceptSubmission } from '../../http/guard.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { PageResponse } from '../../http/page.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import { answerPrivately, privatePageHeaders } from './page-headers.ts';
import { interestDeps, interestService } from './service.ts';
import { decidePendingClaim, OWNER_ACTOR } from './claims.ts';
import type { Claim } from '../../infra/database/claims-types.ts';
import type { Evidence } from '../../infra/database/replication-types.ts';
import { z } from 'zod';

/** The query parameter the page is redirected to after a change, to say it was saved. */
export const SAVED_PARAM = 'tersimpan';

/** The query parameter after the owner decided a claim on the page. */
export const DECIDED_PARAM = 'diputuskan';

/** The query parameter after the owner reported evidence of replication. */
export const REPORTED_PARAM = 'dilaporkan';

/** A report the page shows again with what to correct (the text typed, never the file). */
export interface ReportRetry {
  fields: Partial<Record<string, MessageKey>>;
  values: Readonly<Record<string, string>>;
}

/** What a claim's buttons on the page post: the claim and the decision. */
const claimDecision = z.object({
  klaim: z.coerce.number().int().min(1),
  keputusan: z.enum(['terima', 'tolak']),
});

export type PrivateRoute =
  | { kind: 'not-found' }
  | { kind: 'unavailable' }
  | { kind: 'redirect'; location: string }
  | {
      kind: 'page';
      entry: Registration;
      /** Claims on the entry waiting for its owner's (or an administrator's) decision. */
      claims: Claim[];
      /** Its reports of replication evidence, newest first. */
      evidence: Evidence[];
      /** The owner just reported evidence here. */
      reported?: boolean;
      /** A refused report, shown again with its fields' messages. */
      report?: ReportRetry;
      /** 200, or the failure the page shows with the entry. */
      answer: 200 | HttpFailure;
      saved: boolean;
      /** The owner just decided a claim here. */
      decided: boolean;
      failure?: { message: MessageKey; values?: MessageValues | undefined };
    };

/**
 * A registrant's private page: GET shows the entry and the claims waiting on it; POST
 * (`tahapan`) moves it to that stage, `batal` withdraws it, or (`klaim`, `keputusan`) decides a
 * claim on this entry (another entry's claim is refused 404), and is answered by a 303 back to
 * the page (so a reload does not post again). An unknown token is a 404; a refused post (cross-site, rate limit, media type, size)
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

/** What the page shows of an entry: the entry, the claims on it and its evidence. */
export async function privatePage(
  portal: Pick<Portal, 'database'>,
  entry: Registration,
): Promise<Omit<Extract<PrivateRoute, { kind: 'page' }>, 'answer'>> {
  const store = await portal.database();
  const [claims, evidence] = await Promise.all([
    store.pendingClaimsOf(entry.id),
    store.evidenceOf(entry.id),
  ]);
  return { kind: 'page', entry, claims, evidence, saved: false, decided: false };
}

// --- internal ---

/** The owner decides a claim on its own entry from its private page. */
async function decideHere(
  portal: Portal,
  page: Omit<Extract<PrivateRoute, { kind: 'page' }>, 'answer'>,
  data: Readonly<Record<string, unknown>>,
  url: URL,
): Promise<PrivateRoute> {
  const parsed = claimDecision.safeParse(data);
  if (!parsed.success) {
    return { ...page, answer: failureOf('invalid'), failure: { message: 'error.invalid' } };
  }
  const claim = page.claims.find((waiting) => waiting.id === parsed.data.klaim);
  if (claim === undefined) {
    return { ...page, answer: failures.notFound, failure: { message: failures.notFound.message } };
  }
  await decidePendingClaim(interestDeps(portal), {
    claim,
    accept: parsed.data.keputusan === 'terima',
    by: OWNER_ACTOR,
    origin: portal.config.SITE_URL ?? url.origin,
  });
  return { kind: 'redirect', location: `${url.pathname}?${DECIDED_PARAM}=1` };
}

async function route(
  portal: Portal,
  context: RequestContext,
  token: string,
  url: URL,
): Promise<PrivateRoute> {
  const service = interestService(portal);
  const entry = await service.privateEntry(token);
  if (entry === undefined) return { kind: 'not-found' };
  const page = await privatePage(portal, entry);
  if (context.request.method !== 'POST') {
    const { searchParams } = url;
    const shown = {
      saved: searchParams.has(SAVED_PARAM),
      decided: searchParams.has(DECIDED_PARAM),
      reported: searchParams.has(REPORTED_PARAM),
    };
    return { ...page, ...shown, answer: 200 };
  }
  const read = await acceptSubmission(context, portal);
  if (!read.ok) {
    const { failure } = read;
    const refused = { message: failure.message, values: failure.values };
    return { ...page, answer: failure, failure: refused };
  }
  if (read.data.klaim !== undefined) return decideHere(portal, page, read.data, url);
  const stage = interestStageSchema.safeParse(read.data.tahapan);
  if (!stage.success) {
    const failure = { message: 'interest.error.stage' } as const;
    return { ...page, answer: failureOf('invalid'), failure };
  }
  const moved = await service.moveOwnEntry(token, stage.data);
  if (moved.kind === 'not-found') return { kind: 'not-found' };
  if (moved.kind !== 'moved') {
    const message = moved.kind === 'locked' ? 'replication.locked' : 'replication.error.stage';
    return { ...page, answer: failureOf('invalid'), failure: { message } };
  }
  return { kind: 'redirect', location: `${url.pathname}?${SAVED_PARAM}=1` };
}
