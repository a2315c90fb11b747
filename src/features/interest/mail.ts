import { interestStageNames } from '../../i18n/labels.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import { translator } from '../../i18n/t.ts';
import type { InterestStage } from '../../lib/interest/schema.ts';
import { composeMail } from '../../lib/mail/compose.ts';
import type { NewMail } from '../../infra/database/outbox-types.ts';

/** Where a message's links point and in which language it is written. */
export interface MailPlace {
  locale: Locale;
  /** The public origin (SITE_URL, else the request's). */
  origin: string;
}

/** The place of a message caused by a request: its language, and SITE_URL or its own origin. */
export function mailPlace(
  siteUrl: string | undefined,
  locale: Locale,
  request: Request,
): MailPlace {
  return { locale, origin: siteUrl ?? new URL(request.url).origin };
}

/** An entry as a message names it: its agency and its innovation's title (or id). */
export interface EntryNamed {
  agency: string;
  innovation: string;
}

/** The registrant's own private link, sent when it registers. */
export function privateLinkMail(
  place: MailPlace,
  recipient: string,
  entry: EntryNamed & { token: string },
): NewMail {
  const t = translator(place.locale);
  const composed = composeMail({
    subject: t('mail.link.subject'),
    paragraphs: [t('mail.link.intro', { ...entry }), t('mail.link.body')],
    links: [{ label: t('mail.link.label'), url: privateUrl(place, entry.token) }],
    closing: [t('mail.footer')],
  });
  return { kind: 'interest-link', recipient, locale: place.locale, ...composed };
}

export const LINKS_AGAIN_KIND = 'interest-links-again';

/** New private links of every entry registered with an address, on request. */
export function linksAgainMail(
  place: MailPlace,
  recipient: string,
  entries: readonly (EntryNamed & { token: string })[],
): NewMail {
  const t = translator(place.locale);
  const composed = composeMail({
    subject: t('mail.resend.subject'),
    paragraphs: [t('mail.resend.intro')],
    links: entries.map((entry) => ({
      label: t('mail.resend.entry', { ...entry }),
      url: privateUrl(place, entry.token),
    })),
    closing: [t('mail.footer')],
  });
  return { kind: LINKS_AGAIN_KIND, recipient, locale: place.locale, ...composed };
}

/** A stage change someone else made (an administrator): the registrant hears of it. */
export function stageChangeMail(
  place: MailPlace,
  recipient: string,
  change: EntryNamed & { innovationId: string; from: InterestStage; to: InterestStage },
): NewMail {
  const t = translator(place.locale);
  const stage = interestStageNames[change.to][place.locale];
  const composed = composeMail({
    subject: t('mail.stage.subject', { stage }),
    paragraphs: [
      t('mail.stage.intro', {
        agency: change.agency,
        innovation: change.innovation,
        from: interestStageNames[change.from][place.locale],
        stage,
      }),
      t('mail.stage.body'),
    ],
    links: [
      {
        label: t('mail.stage.label'),
        url: new URL(routes.innovation(place.locale, change.innovationId), place.origin).href,
      },
    ],
    closing: [t('mail.footer')],
  });
  return { kind: 'interest-stage', recipient, locale: place.locale, ...composed };
}

// --- internal ---

function privateUrl(place: MailPlace, token: string): string {
  return new URL(routes.privateEntry(place.locale, token), place.origin).href;
}
