import { z } from 'zod';
import { interestStageSchema } from '../../lib/interest/schema.ts';
import type { Portal } from '../../portal/types.ts';

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
 * hidden entry is not counted).
 */
export async function applyAdminAction(
  portal: Pick<Portal, 'database' | 'touchCounts'>,
  data: Readonly<Record<string, unknown>>,
): Promise<ActionOutcome> {
  const parsed = actionSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const action = parsed.data;
  const store = await portal.database();
  const now = new Date().toISOString();
  const changed =
    action.aksi === 'tahapan'
      ? await store.setStage(action.id, action.tahapan, now)
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
