import { statusNames } from '../../i18n/labels.ts';
import { routes } from '../../i18n/routes.ts';
import { translator } from '../../i18n/t.ts';
import type { AgencyUpdate } from '../../infra/database/agency-updates-types.ts';
import type { NewMail } from '../../infra/database/outbox-types.ts';
import { composeMail } from '../../lib/mail/compose.ts';
import type { MailPlace } from '../interest/mail.ts';

export const REVIEW_KIND = 'agency-update-review';

/**
 * An administrator's decision on an agency's update, to each of the agency's people: published,
 * or rejected with the administrator's reason (text, escaped like every value).
 */
export function reviewMail(
  place: MailPlace,
  recipient: string,
  update: AgencyUpdate,
  innovation: string,
): NewMail {
  const t = translator(place.locale);
  const status = statusNames[update.status][place.locale];
  const approved = update.state === 'published';
  const composed = composeMail({
    subject: approved
      ? t('mail.review.approved.subject', { innovation })
      : t('mail.review.rejected.subject', { innovation }),
    paragraphs: approved
      ? [t('mail.review.approved.intro', { innovation, status })]
      : [
          t('mail.review.rejected.intro', { innovation, status }),
          t('mail.review.rejected.reason', { reason: update.reason ?? '' }),
        ],
    links: [
      {
        label: t('mail.review.label'),
        url: new URL(routes.agencyInnovation(place.locale, update.innovationId), place.origin).href,
      },
    ],
    closing: [t('mail.accountFooter')],
  });
  return { kind: REVIEW_KIND, recipient, locale: place.locale, ...composed };
}
