import { z } from 'zod';
import { interestStageSchema } from '../../lib/interest/schema.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationTitle } from '../interest/innovation-title.ts';
import { mailPlace, stageChangeMail } from '../interest/mail.ts';
import type { InterestPortal } from '../interest/service.ts';

/**
 * What an administrator's button posts: move an entry to a stage, or hide / show it (spam).
 * `kembali` is the list's query string to return to (only ever a query, never a URL).
 */
const actionSchema = z.discriminatedUnion('aksi', [
  z.object({
    aksi: z.literal('tahapan'),
    id: z.coerce.number().int().min(1),
    tahapan: interestStageSchema,
  }),
  z.object({ aksi: z.literal('sembunyikan'), id: z.coerce.number().int().min(1) }),
  z.object({ aksi: z.literal('tampilkan'), id: z.coerce.number().int().min(1) }),
]);

export type AdminAction = z.output<typeof actionSchema>;

export type ActionOutcome = 'done' | 'invalid' | 'not-found';

/**
 * Applies an action to the store and tells the index the innovation's counts changed (a
 * hidden entry is not counted). A stage change is mailed to the registrant, written with the
 * change in one transaction; `origin` is where the message's link points.
 */
export async function applyAdminAction(
  portal: InterestPortal & Pick<Portal, 'config'>,
  data: Readonly<Record<string, unknown>>,
  request: Request,
): Promise<ActionOutcome> {
  const parsed = actionSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const action = parsed.data;
  const store = await portal.database();
  const now = new Date().toISOString();
  const changed =
    action.aksi === 'tahapan'
      ? await changeStage(portal, request, action, now)
      : await store.setHidden(action.id, action.aksi === 'sembunyikan', now);
  if (changed === undefined) return 'not-found';
  portal.touchCounts(changed.innovationId);
  return 'done';
}

/** The list query an action returns to: a `?…` string of at most 1,000 characters, or ''. */
export function returnQuery(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('?') || value.length > 1000) return '';
  return `?${new URLSearchParams(value.slice(1)).toString()}`;
}

// --- internal ---

async function changeStage(
  portal: InterestPortal & Pick<Portal, 'config'>,
  request: Request,
  action: Extract<AdminAction, { aksi: 'tahapan' }>,
  now: string,
): Promise<Registration | undefined> {
  const store = await portal.database();
  const before = await store.byId(action.id);
  if (before === undefined) return undefined;
  const innovation = await innovationTitle(portal, before.innovationId);
  const moved = await store.transaction(async (tx) => {
    const current = await tx.byId(action.id);
    const after = await tx.setStage(action.id, action.tahapan, now);
    if (current === undefined || after === undefined || current.stage === after.stage) return after;
    const place = mailPlace(portal.config.SITE_URL, after.locale, request);
    const message = stageChangeMail(place, after.email, {
      agency: after.agency,
      innovation,
      innovationId: after.innovationId,
      from: current.stage,
      to: after.stage,
    });
    await tx.enqueueMail(message, now);
    return after;
  });
  portal.mail.kick();
  return moved;
}
