import { z } from 'zod';
import { registrationInputSchema } from '../../lib/interest/schema.ts';
import { LINKS_AGAIN_KIND, linksAgainMail, type MailPlace } from './mail.ts';
import type { InterestServiceDeps } from './service.ts';
import { hashToken, newToken } from './token.ts';

/** One "links again" message per address in this time at most: a form cannot flood a mailbox. */
export const LINKS_AGAIN_GAP_MS = 5 * 60_000;

/** The most entries one message carries links for (the most recent). */
export const LINKS_PER_MESSAGE = 50;

export const ADDRESS_FIELD = 'alamat';

const addressSchema = z.object({ email: registrationInputSchema.shape.email });

/**
 * The address a "send my links again" form posted (field `alamat`: the innovation page holds
 * this form beside the registration form, whose field is `email`), or undefined.
 */
export function parseAddress(data: Readonly<Record<string, unknown>>): string | undefined {
  const typed = data[ADDRESS_FIELD];
  const parsed = addressSchema.safeParse({
    email: typeof typed === 'string' ? typed.trim() : typed,
  });
  return parsed.success ? parsed.data.email : undefined;
}

/**
 * Mails new private links of the entries registered with `email` (only their hashes are kept,
 * so a link cannot be sent twice: each entry gets a new one, the old stops working), written
 * to the outbox with the new hashes in one transaction. Nothing happens for an address without
 * entries, or that was sent its links in the last `LINKS_AGAIN_GAP_MS`, and the caller answers
 * the same either way.
 */
export async function mailLinksAgain(
  deps: Pick<InterestServiceDeps, 'store' | 'titleOf' | 'mailWritten' | 'now'>,
  email: string,
  place: MailPlace,
): Promise<void> {
  const store = await deps.store();
  const entries = (await store.byEmail(email)).slice(-LINKS_PER_MESSAGE);
  const [first] = entries;
  if (first === undefined) return;
  const at = (deps.now?.() ?? new Date()).toISOString();
  const gapStart = new Date(Date.parse(at) - LINKS_AGAIN_GAP_MS).toISOString();
  if ((await store.mailsSince(first.email, LINKS_AGAIN_KIND, gapStart)) > 0) return;
  const named = await Promise.all(
    entries.map(async (entry) => ({
      id: entry.id,
      agency: entry.agency,
      innovation: await deps.titleOf(entry.innovationId),
      token: newToken(),
    })),
  );
  // The address as registered receives it, not as typed on the form.
  const message = linksAgainMail(place, first.email, named);
  await store.transaction(async (tx) => {
    for (const entry of named) await tx.setTokenHash(entry.id, hashToken(entry.token));
    await tx.enqueueMail(message, at);
  });
  deps.mailWritten();
}
