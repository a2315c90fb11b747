import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import { translator, type Translate } from '../../i18n/t.ts';
import type { Account } from '../../infra/database/accounts-types.ts';
import type { NewMail } from '../../infra/database/outbox-types.ts';
import type { Registration } from '../../infra/database/types.ts';
import { sharedContactOf, type SharedContact } from '../../lib/interest/shared-contact.ts';
import { composeMail } from '../../lib/mail/compose.ts';

export const AGENCY_REGISTRATION_KIND = 'agency-registration';

/** The innovation a registration is for, as the innovating agency's message names it. */
export interface RegisteredFor {
  innovationId: string;
  title: string;
  /** The innovating agency's name as the record gives it (the title when unknown). */
  owner: string;
}

/**
 * A new registration, for a person of the innovating agency (`forward` false) or, while that
 * agency has no account, for an administrator to forward (`forward` true). It carries the
 * registrant's agency, region and note, and of its contact only what the registrant shared
 * with the innovating agency, field by field. Written in the recipient's own language
 * (kept when it signed in), else Indonesian.
 */
export function agencyRegistrationMail(
  origin: string,
  recipient: Account,
  entry: Pick<
    Registration,
    'agency' | 'note' | 'contactName' | 'email' | 'phone' | 'shareEmail' | 'sharePhone'
  > & { region: string },
  innovation: RegisteredFor,
  forward: boolean,
): NewMail {
  const locale: Locale = recipient.locale ?? 'id';
  const t = translator(locale);
  const names = { agency: entry.agency, region: entry.region, innovation: innovation.title };
  const paragraphs = [
    t('mail.agency.intro', { ...names, owner: innovation.owner }),
    ...(forward ? [t('mail.agency.forward', { owner: innovation.owner })] : []),
    entry.note === undefined
      ? t('mail.agency.noNote')
      : t('mail.agency.note', { note: entry.note }),
    contactParagraph(t, sharedContactOf(entry)),
  ];
  const area = forward ? routes.admin(locale) : routes.agencyArea(locale);
  const composed = composeMail({
    subject: t('mail.agency.subject', { innovation: innovation.title }),
    paragraphs,
    links: [
      {
        label: t(forward ? 'mail.agency.adminLabel' : 'mail.agency.areaLabel'),
        url: new URL(area, origin).href,
      },
      {
        label: t('mail.agency.innovationLabel'),
        url: new URL(routes.innovation(locale, innovation.innovationId), origin).href,
      },
    ],
    closing: [t('mail.agency.footer')],
  });
  return { kind: AGENCY_REGISTRATION_KIND, recipient: recipient.email, locale, ...composed };
}

// --- internal ---

/** The shared contact as one sentence, or that none was shared. */
function contactParagraph(t: Translate, shared: SharedContact): string {
  const parts = [
    ...(shared.person === undefined ? [] : [t('mail.agency.contactEmail', shared.person)]),
    ...(shared.phone === undefined ? [] : [t('mail.agency.contactPhone', { phone: shared.phone })]),
  ];
  return parts.length === 0
    ? t('mail.agency.noContact')
    : t('mail.agency.contact', { contact: parts.join(', ') });
}
