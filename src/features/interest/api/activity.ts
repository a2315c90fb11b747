import { routes } from '../../../i18n/routes.ts';
import { failures, invalidFields } from '../../../http/failure.ts';
import { acceptSubmission } from '../../../http/guard.ts';
import { defineEndpoint, json, refused } from '../../../http/endpoint.ts';
import type { Portal } from '../../../portal/types.ts';
import { mailPlace } from '../mail.ts';
import { interestService } from '../service.ts';

/**
 * `/api/inovasi/<id>/minat`. GET: the innovation's public activity (counts per stage, the
 * agencies with their region, stage and date; never a person or a way to reach one). POST
 * (form or JSON): registers an agency's interest, 201 `{ token, privateUrl, created, counts,
 * interestCount, replicationCount }` (the innovation's totals, not its list: that is the GET);
 * the token is shown this once, only its hash is kept.
 */
export const activityEndpoint = defineEndpoint<Portal>({
  name: 'interest activity',
  readBucket: 'read',
  thrown: 'unavailable',
  async GET({ portal, params }) {
    const activity = await interestService(portal).publicActivity(params.id ?? '');
    if (activity === undefined) return refused(failures.unknownInnovation);
    return json(activity);
  },

  async POST(context) {
    const { portal, params, locale } = context;
    const submission = await acceptSubmission(context, portal);
    if (!submission.ok) return refused(submission.failure);
    const service = interestService(portal);
    const result = await service.submitRegistration(
      params.id ?? '',
      submission.data,
      portal.regions(),
      mailPlace(portal.config.SITE_URL, locale, context.request),
    );
    if (result.kind === 'unknown-innovation') return refused(failures.unknownInnovation);
    if (result.kind === 'invalid') return refused(invalidFields(result.fields));
    const origin = portal.config.SITE_URL ?? context.url.origin;
    const privateUrl = new URL(routes.privateEntry(locale, result.token), origin).href;
    return json(
      { token: result.token, privateUrl, created: result.created, ...result.totals },
      { status: 201, headers: { 'Referrer-Policy': 'no-referrer' } },
    );
  },
});
