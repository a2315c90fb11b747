import { routes } from '../../i18n/routes.ts';
import { translator } from '../../i18n/t.ts';
import type { Account } from '../../infra/database/accounts-types.ts';
import type { NewMail } from '../../infra/database/outbox-types.ts';
import { composeMail } from '../../lib/mail/compose.ts';

export const REMINDER_KIND = 'agency-reminder';

/**
 * To a person of an agency: its innovations not updated for 12 months, each with a one-click
 * link to its page in the agency's area (where it is kept current). In the person's language.
 */
export function reminderMail(
  origin: string,
  person: Account,
  agency: string,
  stale: readonly { id: string; title: string }[],
): NewMail {
  const locale = person.locale ?? 'id';
  const t = translator(locale);
  const composed = composeMail({
    subject: t('mail.reminder.subject', { agency }),
    paragraphs: [t('mail.reminder.intro', { agency }), t('mail.reminder.body')],
    links: stale.map((innovation) => ({
      label: innovation.title,
      url: new URL(routes.agencyInnovation(locale, innovation.id), origin).href,
    })),
    closing: [t('mail.reminder.footer')],
  });
  return { kind: REMINDER_KIND, recipient: person.email, locale, ...composed };
}
