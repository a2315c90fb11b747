import { routes } from '../../../i18n/routes.ts';
import { siteRegions } from '../../../infra/reference/site-regions.ts';
import { publicActivity, submitRegistration } from '../service.ts';
import { failures, invalidFields } from '../../../http/failure.ts';
import { acceptSubmission } from '../../../http/guard.ts';
import { failureResponse, jsonResponse } from '../../../http/json.ts';
import { rateLimit } from '../../../http/limits.ts';
import { processConfig } from '../../../infra/config.ts';
import { apiRoute } from '../../../http/route.ts';

/**
 * `/api/inovasi/<id>/minat`. GET: the innovation's public activity (counts per stage, the
 * agencies with their region, stage and date; never a person or a way to reach one). POST
 * (form or JSON): registers an agency's interest, 201 `{ token, privateUrl, created, counts,
 * interestCount, replicationCount }` (the innovation's totals, not its list: that is the GET);
 * the token is shown this once, only its hash is kept.
 */
export const activityRoute = apiRoute('interest activity', {
  async GET(context, locale) {
    const limited = rateLimit(context, 'read');
    if (limited !== undefined) return failureResponse(limited, locale);
    const activity = await publicActivity(context.params.id ?? '');
    if (activity === undefined) return failureResponse(failures.unknownInnovation, locale);
    return jsonResponse(200, activity);
  },

  async POST(context, locale) {
    const submission = await acceptSubmission(context);
    if (!submission.ok) return failureResponse(submission.failure, locale);
    const config = processConfig();
    const id = context.params.id ?? '';
    const result = await submitRegistration(id, submission.data, siteRegions(config));
    if (result.kind === 'unknown-innovation') {
      return failureResponse(failures.unknownInnovation, locale);
    }
    if (result.kind === 'invalid') return failureResponse(invalidFields(result.fields), locale);
    const origin = config.SITE_URL ?? context.url.origin;
    const privateUrl = new URL(routes.privateEntry(locale, result.token), origin).href;
    return jsonResponse(
      201,
      { token: result.token, privateUrl, created: result.created, ...result.totals },
      { 'Referrer-Policy': 'no-referrer' },
    );
  },
});
