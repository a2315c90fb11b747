import { z } from 'zod';
import type { Portal } from '../../portal/types.ts';
import { audit } from '../accounts/audit.ts';
import { remindAgency, type ReminderOutcome } from '../accounts/reminders.ts';
import type { Viewer } from '../accounts/session.ts';

/**
 * An agency's key as accounts and the index hold it (`dinas-kesehatan-kota-padang`; letters of
 * any script kept, see `foldAgencyName`).
 */
export const agencySlugSchema = z
  .string()
  .max(200)
  .regex(/^[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*$/u);

/** What the dashboard's button posts: the agency's key (`instansi=dinas-kesehatan-…`). */
const remindSchema = z.object({ instansi: agencySlugSchema });

export type RemindResult = { kind: 'invalid' } | (ReminderOutcome & { slug: string });

/**
 * An administrator reminds one agency of its stale innovations now: through the reminders'
 * own path (its people, the once-a-month record, the outbox), with the audit line written in
 * the reminder's transaction.
 */
export async function remindFromDashboard(
  portal: Pick<Portal, 'database' | 'search' | 'mail' | 'config' | 'log'>,
  data: Readonly<Record<string, unknown>>,
  request: Request,
  viewer: Viewer,
): Promise<RemindResult> {
  const parsed = remindSchema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid' };
  const slug = parsed.data.instansi;
  const store = await portal.database();
  const before = (await store.lastReminders([slug])).get(slug);
  const origin = portal.config.SITE_URL ?? new URL(request.url).origin;
  const outcome = await remindAgency(
    portal,
    { agencyKey: slug, now: new Date(), origin },
    (tx, sent) =>
      audit(tx, viewer, {
        action: 'agency.remind',
        subject: `agency ${slug}`,
        before: { lastReminded: before ?? null },
        after: { lastReminded: sent.at, people: sent.people, innovations: sent.innovations },
      }),
  );
  return { ...outcome, slug };
}
