import { routes } from '../../i18n/routes.ts';
import { translator } from '../../i18n/t.ts';
import type { Claim } from '../../infra/database/claims-types.ts';
import type { NewMail } from '../../infra/database/outbox-types.ts';
import type { Registration } from '../../infra/database/types.ts';
import { composeMail } from '../../lib/mail/compose.ts';

export const CLAIM_KIND = 'interest-claim';

/**
 * To an entry's owner: someone from another address registered the same agency for the
 * innovation. The entry is unchanged; the link decides (accept: the claimant gets a link of
 * its own to the same entry; decline: nothing changes).
 */
export function claimMail(
  origin: string,
  entry: Registration,
  claim: Pick<Claim, 'agency' | 'contactName' | 'email'>,
  innovation: string,
  decisionToken: string,
): NewMail {
  const t = translator(entry.locale);
  const composed = composeMail({
    subject: t('mail.claim.subject', { agency: entry.agency }),
    paragraphs: [
      t('mail.claim.intro', {
        name: claim.contactName,
        email: claim.email,
        agency: claim.agency,
        innovation,
        own: entry.agency,
      }),
      t('mail.claim.body'),
    ],
    links: [
      {
        label: t('mail.claim.label'),
        url: new URL(routes.claim(entry.locale, decisionToken), origin).href,
      },
    ],
    closing: [t('mail.footer')],
  });
  return { kind: CLAIM_KIND, recipient: entry.email, locale: entry.locale, ...composed };
}

/** To a claimant: its claim was accepted, with its own private link to the entry. */
export function claimAcceptedMail(
  origin: string,
  claim: Claim,
  entry: Pick<Registration, 'agency'>,
  innovation: string,
  token: string,
): NewMail {
  const t = translator(claim.locale);
  const composed = composeMail({
    subject: t('mail.claimAccepted.subject'),
    paragraphs: [
      t('mail.claimAccepted.intro', { agency: entry.agency, innovation }),
      t('mail.link.body'),
    ],
    links: [
      {
        label: t('mail.link.label'),
        url: new URL(routes.privateEntry(claim.locale, token), origin).href,
      },
    ],
    closing: [t('mail.footer')],
  });
  return {
    kind: 'interest-claim-accepted',
    recipient: claim.email,
    locale: claim.locale,
    ...composed,
  };
}
