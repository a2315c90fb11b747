import { z } from 'zod';
import type { InterestStage } from '../../lib/interest/schema.ts';
import type { Portal } from '../../portal/types.ts';
import { changeStage } from '../admin/actions.ts';
import { ownInnovation, type AgencyViewer } from './own-innovation.ts';

/**
 * The moves the innovating agency may make on a registration for its innovation: to
 * `berkomunikasi` once it has replied to a `berminat` entry. `mereplikasi` and `tereplikasi`
 * come with the registrant's evidence, which the agency confirms or rejects (`decideEvidence`);
 * every other stage is the registrant's or an administrator's.
 */
export const agencyMoves = {
  berkomunikasi: ['berminat'],
} as const satisfies Partial<Record<InterestStage, readonly InterestStage[]>>;

export type AgencyMove = keyof typeof agencyMoves;

/** The move an entry at `stage` allows the agency, if any. */
export function moveFrom(stage: InterestStage): AgencyMove | undefined {
  return (Object.keys(agencyMoves) as AgencyMove[]).find((to) =>
    (agencyMoves[to] as readonly InterestStage[]).includes(stage),
  );
}

const moveSchema = z.object({
  aksi: z.literal('tahapan'),
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
  tahapan: z.enum(['berkomunikasi']),
});

export type MoveOutcome = 'done' | 'invalid' | 'not-found' | 'not-allowed';

/**
 * Applies an agency's move: only on a visible entry of one of its own innovations (another
 * agency's entry is answered as unknown), only a move its stage allows. The registrant is
 * mailed, the audit log names the agency's person, the index counts follow.
 */
export async function applyAgencyMove(
  portal: Pick<
    Portal,
    'database' | 'config' | 'search' | 'innovations' | 'mail' | 'touchCounts' | 'regions'
  >,
  viewer: AgencyViewer,
  data: Readonly<Record<string, unknown>>,
  request: Request,
): Promise<MoveOutcome> {
  const parsed = moveSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const store = await portal.database();
  const entry = await store.byId(parsed.data.id);
  if (entry === undefined || entry.hidden) return 'not-found';
  const own = await ownInnovation(portal, viewer.account.agencyKey, entry.innovationId);
  if (own === undefined) return 'not-found';
  if (moveFrom(entry.stage) !== parsed.data.tahapan) return 'not-allowed';
  const moved = await changeStage(
    portal,
    request,
    viewer,
    { aksi: 'tahapan', id: entry.id, tahapan: parsed.data.tahapan },
    new Date().toISOString(),
  );
  if (moved === undefined) return 'not-found';
  portal.touchCounts(moved.innovationId);
  return 'done';
}
