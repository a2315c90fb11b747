import { z } from 'zod';
import type { Account } from '../../infra/database/accounts-types.ts';
import { agencyIdentity, namedAgency } from '../../lib/agency/name.ts';
import type { Portal } from '../../portal/types.ts';
import type { MailPlace } from '../interest/mail.ts';
import { audit } from './audit.ts';
import { invitationMail } from './mail.ts';
import type { Viewer } from './session.ts';

/** What an administrator's invitation form posts. */
const inviteSchema = z.discriminatedUnion('peran', [
  z.object({ email: z.email().max(200), peran: z.literal('admin') }),
  z.object({
    email: z.email().max(200),
    peran: z.literal('agency'),
    instansi: z
      .string()
      .trim()
      .min(3)
      .max(200)
      .refine((name) => agencyIdentity(name) !== ''),
  }),
]);

export type InviteField = 'email' | 'role' | 'agency';

export type ParsedInvite =
  | { ok: true; email: string; role: 'admin' | 'agency'; agency: string | undefined }
  | { ok: false; fields: InviteField[] };

export function parseInvite(data: Readonly<Record<string, unknown>>): ParsedInvite {
  const email = typeof data.email === 'string' ? data.email.trim() : data.email;
  const parsed = inviteSchema.safeParse({ ...data, email });
  if (parsed.success) {
    // The agency is named in its one form (`Dinkes Kab. Sleman` → `Dinas Kesehatan Kabupaten Sleman`).
    const agency =
      parsed.data.peran === 'agency' ? namedAgency(parsed.data.instansi).name : undefined;
    return { ok: true, email: parsed.data.email, role: parsed.data.peran, agency };
  }
  const fields = new Set<InviteField>();
  for (const issue of parsed.error.issues) {
    const [key] = issue.path;
    fields.add(key === 'email' ? 'email' : key === 'instansi' ? 'agency' : 'role');
  }
  return { ok: false, fields: [...fields] };
}

/**
 * Creates the account (one per address: an agency's person belongs to that agency or unit
 * only, named in its one form and keyed by it, see `namedAgency`), writes the audit line and the invitation message, all
 * in one transaction; 'exists' when the address has an account.
 */
export async function invite(
  portal: Pick<Portal, 'database' | 'mail'>,
  viewer: Viewer,
  invited: Extract<ParsedInvite, { ok: true }>,
  place: MailPlace,
): Promise<Account | 'exists'> {
  const store = await portal.database();
  const now = new Date().toISOString();
  const made = await store.transaction(async (tx) => {
    const account = await tx.createAccount({
      email: invited.email,
      role: invited.role,
      agency: invited.agency,
      agencyKey: invited.agency === undefined ? undefined : agencyIdentity(invited.agency),
      invitedBy: viewer.actor,
      now,
    });
    if (account === undefined) return 'exists' as const;
    await audit(tx, viewer, {
      action: 'account.invite',
      subject: account.email,
      after: { role: account.role, agency: account.agency },
    });
    await tx.enqueueMail(invitationMail(place, account), now);
    return account;
  });
  portal.mail.kick();
  return made;
}
