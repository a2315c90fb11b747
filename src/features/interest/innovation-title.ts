import type { Portal } from '../../portal/types.ts';
import { findInnovation } from '../innovation/load.ts';

/**
 * An innovation's title as a message names it; its id when the engine cannot say (a message
 * is never held back for want of a title).
 */
export async function innovationTitle(
  portal: Pick<Portal, 'search'>,
  innovationId: string,
): Promise<string> {
  try {
    return (await findInnovation(portal.search, innovationId))?.title ?? innovationId;
  } catch {
    return innovationId;
  }
}
