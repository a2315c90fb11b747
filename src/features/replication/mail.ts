import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import { translator } from '../../i18n/t.ts';
import type { Account } from '../../infra/database/accounts-types.ts';
import type { NewMail } from '../../infra/database/outbox-types.ts';
import type { Evidence } from '../../infra/database/replication-types.ts';
import type { Registration } from '../../infra/database/types.ts';
import { composeMail } from '../../lib/mail/compose.ts';

export const REPORTED_KIND = 'replication-reported';
export const DECIDED_KIND = 'replication-decided';

/** The innovation a message is about. */
export interface AboutInnovation {
  innovationId: string;
  title: string;
}

/**
 * A registrant's report, to a person of the innovating agency (its area has the decision) or,
 * while the agency has no account, to an administrator (the admin page has it).
 */
export function reportedMail(
  origin: string,
  recipient: Account,
  entry: Pick<Registration, 'agency'> & { region: string },
  evidence: Pick<Evidence, 'kind'>,
  innovation: AboutInnovation,
  forward: boolean,
): NewMail {
  const locale: Locale = recipient.locale ?? 'id';
  const t = translator(locale);
  const kind = t(`replication.kind.${evidence.kind}`).toLowerCase();
  const where = forward ? routes.adminReplication(locale) : routes.agencyArea(locale);
  const composed = composeMail({
    subject: t('mail.replication.reported.subject', { kind, innovation: innovation.title }),
    paragraphs: [
      t('mail.replication.reported.intro', {
        agency: entry.agency,
        region: entry.region,
        kind,
        innovation: innovation.title,
      }),
    ],
    links: [{ label: t('mail.replication.reported.label'), url: new URL(where, origin).href }],
    closing: [t(forward ? 'mail.agency.footer' : 'mail.accountFooter')],
  });
  return { kind: REPORTED_KIND, recipient: recipient.email, locale, ...composed };
}

/**
 * A decision on a report, to its registrant in the language it registered in: confirmed (with
 * the certificate's code and link for an implementation), or rejected with the reason as the
 * decider typed it (text, escaped like every value).
 */
export function decidedMail(
  origin: string,
  entry: Pick<Registration, 'agency' | 'email' | 'locale'>,
  evidence: Pick<Evidence, 'kind' | 'state' | 'reason' | 'code'>,
  innovation: AboutInnovation,
): NewMail {
  const { locale } = entry;
  const t = translator(locale);
  const kind = t(`replication.kind.${evidence.kind}`);
  const names = { kind, innovation: innovation.title, agency: entry.agency };
  const confirmed = evidence.state === 'confirmed';
  const code = evidence.code;
  const composed = composeMail({
    subject: t(
      confirmed ? 'mail.replication.confirmed.subject' : 'mail.replication.rejected.subject',
      names,
    ),
    paragraphs: confirmed
      ? [
          t('mail.replication.confirmed.intro', names),
          ...(code === undefined ? [] : [t('mail.replication.confirmed.code', { code })]),
        ]
      : [
          t('mail.replication.rejected.intro', names),
          t('mail.replication.rejected.reason', { reason: evidence.reason ?? '' }),
        ],
    links: [
      ...(code === undefined
        ? []
        : [
            {
              label: t('mail.replication.certificateLabel'),
              url: new URL(routes.certificate(locale, code), origin).href,
            },
          ]),
      {
        label: t('mail.replication.innovationLabel'),
        url: new URL(routes.innovation(locale, innovation.innovationId), origin).href,
      },
    ],
    closing: [t('mail.footer')],
  });
  return { kind: DECIDED_KIND, recipient: entry.email, locale, ...composed };
}
