import type { Config } from '../infra/config.ts';
import { failures } from './failure.ts';
import type { Limits, RateBucket, RequestContext } from './limits.ts';
import { isCrossSite } from './origin.ts';
import { readSubmission, type SubmissionRead } from './submission.ts';

/** What the guard needs of the portal: its allowances and its public origin. */
export interface GuardContext {
  readonly limits: Limits;
  readonly config: Pick<Config, 'SITE_URL'>;
}

/**
 * Everything a write (a form post or a JSON post) goes through before its fields are looked
 * at, for API endpoints and pages alike: a cross-site post is refused first (so a foreign page
 * cannot spend a visitor's allowance), then the client's allowance is taken (`write`, or
 * `sign-in` for a way in), then the body is read within its limits.
 */
export async function acceptSubmission(
  context: RequestContext,
  guard: GuardContext,
  bucket: Extract<RateBucket, 'write' | 'sign-in'> = 'write',
): Promise<SubmissionRead> {
  const siteUrl = guard.config.SITE_URL;
  if (isCrossSite(context.request, siteUrl)) return { ok: false, failure: failures.crossSite };
  const limited = await guard.limits.take(context, bucket);
  if (limited !== undefined) return { ok: false, failure: limited };
  return readSubmission(context.request, { siteUrl });
}
