import type { IdFate } from '../../lib/curation/decision.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationIdSchema } from './load.ts';

/**
 * What became of an id the index does not hold: moved to another innovation by a join (301),
 * removed (410), or undefined (never published, or the store cannot be read: a plain 404).
 */
export async function idFateOf(
  portal: Pick<Portal, 'database' | 'log'>,
  id: string,
): Promise<IdFate | undefined> {
  if (!innovationIdSchema.safeParse(id).success) return undefined;
  try {
    return await (await portal.database()).idFate(id);
  } catch (error) {
    portal.log.warn(`what became of ${id}: ${String(error)}`);
    return undefined;
  }
}
