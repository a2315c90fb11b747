import { routes } from '../../i18n/routes.ts';
import { translator } from '../../i18n/t.ts';
import type { Account } from '../../infra/database/accounts-types.ts';
import type { NewMail } from '../../infra/database/outbox-types.ts';
import { composeMail } from '../../lib/mail/compose.ts';
import type { MailPlace } from '../interest/mail.ts';

export const SIGN_IN_KIND = 'sign-in';

/** A one-time sign-in link. */
export function signInMail(place: MailPlace, recipient: string, token: string): NewMail {
  const t = translator(place.locale);
  const url = new URL(routes.signInLink(place.locale, token), place.origin).href;
  const composed = composeMail({
    subject: t('mail.signIn.subject'),
    paragraphs: [t('mail.signIn.intro')],
    links: [{ label: t('mail.signIn.label'), url }],
    closing: [t('mail.accountFooter')],
  });
  return { kind: SIGN_IN_KIND, recipient, locale: place.locale, ...composed };
}

/** An invitation: what the account is for, and where to sign in (no token: it asks for one). */
export function invitationMail(place: MailPlace, account: Account): NewMail {
  const t = translator(place.locale);
  const role =
    account.role === 'admin'
      ? t('mail.invite.admin')
      : t('mail.invite.agency', { agency: account.agency ?? '' });
  const composed = composeMail({
    subject: t('mail.invite.subject'),
    paragraphs: [role, t('mail.invite.how')],
    links: [
      {
        label: t('mail.invite.label'),
        url: new URL(routes.signIn(place.locale), place.origin).href,
      },
    ],
    closing: [t('mail.accountFooter')],
  });
  return { kind: 'invitation', recipient: account.email, locale: place.locale, ...composed };
}
