import type { Locale } from '../../i18n/locales.ts';
import type { MessageKey, MessageValues } from '../../i18n/t.ts';
import { failure as failureOf } from '../../http/failure.ts';
import type { RequestContext } from '../../http/limits.ts';
import { failPage } from '../../http/page.ts';
import { readSubmission } from '../../http/submission.ts';
import type { Account } from '../../infra/database/accounts-types.ts';
import type { Portal } from '../../portal/types.ts';
import { adminGate } from '../admin/gate.ts';
import { mailPlace } from '../interest/mail.ts';
import { invite, parseInvite, type InviteField } from './invite.ts';

export interface AccountsData {
  accounts: Account[];
  notice?: { message: MessageKey; values?: MessageValues; ok: boolean };
  errors: InviteField[];
}

export type AccountsRoute =
  { kind: 'response'; response: Response } | ({ kind: 'page' } & AccountsData);

const fieldMessages: Record<InviteField, MessageKey> = {
  email: 'accounts.invite.error.email',
  role: 'accounts.invite.error.role',
  agency: 'accounts.invite.error.agency',
};

export { fieldMessages as inviteFieldMessages };

/**
 * The accounts page (administrators only): GET lists who may sign in; POST (same-origin form)
 * invites a person as an administrator or for an agency, and mails the invitation.
 */
export async function accountsRoute(
  portal: Portal,
  context: RequestContext & { response: { status?: number | undefined; headers: Headers } },
  locale: Locale,
): Promise<AccountsRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  let notice: AccountsData['notice'];
  let errors: InviteField[] = [];
  if (context.request.method === 'POST') {
    const read = await readSubmission(context.request, { siteUrl: portal.config.SITE_URL });
    if (!read.ok) {
      failPage(context.response, read.failure);
      notice = { message: read.failure.message, values: read.failure.values, ok: false };
    } else {
      const parsed = parseInvite(read.data);
      if (!parsed.ok) {
        failPage(context.response, failureOf('invalid'));
        errors = parsed.fields;
      } else {
        const made = await invite(
          portal,
          gate,
          parsed,
          mailPlace(portal.config.SITE_URL, locale, context.request),
        );
        if (made === 'exists') {
          failPage(context.response, failureOf('invalid'));
          notice = { message: 'accounts.invite.exists', ok: false };
        } else {
          notice = { message: 'accounts.invite.done', values: { email: made.email }, ok: true };
        }
      }
    }
  }
  const store = await portal.database();
  return { kind: 'page', accounts: await store.listAccounts(), errors, ...(notice && { notice }) };
}
