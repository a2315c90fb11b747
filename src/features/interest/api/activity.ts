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
 * (form or JSON): registers an agency's interest, 201 `{ token, privateUrl, created, outcome,
 * confirmByMail, counts, interestCount, replicationCount }` (the innovation's totals, not its
 * list: that is the GET); the token is shown this once, only its hash is kept, and not at all
 * while mail must confirm the address (`confirmByMail`). An agency registered already: 202
 * `{ created: false, outcome: 'known' | 'claimed', … }`, no token, the entry unchanged.
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
    const { token, outcome, confirmByMail, totals } = result;
    const origin = portal.config.SITE_URL ?? context.url.origin;
    const link =
      token === undefined
        ? {}
        : { token, privateUrl: new URL(routes.privateEntry(locale, token), origin).href };
    const created = outcome === 'created';
    return json(
      { ...link, created, outcome, confirmByMail, ...totals },
      { status: created ? 201 : 202, headers: { 'Referrer-Policy': 'no-referrer' } },
    );
  },
});
