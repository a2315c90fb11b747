import { z } from 'zod';
import { innovationIdSchema } from '../innovation/load.ts';
import type { Portal } from '../../portal/types.ts';

/**
 * An innovation's title as a message names it; its id when the engine cannot say (a message
 * is never held back for want of a title). Every registration writes a message, so a title is
 * asked of the engine once (the title alone, not the whole record) and then remembered with
 * the innovation lookup, which forgets it when an ingest publishes.
 */
export async function innovationTitle(
  portal: Pick<Portal, 'search' | 'innovations'>,
  innovationId: string,
): Promise<string> {
  const known = portal.innovations.titleOf(innovationId);
  if (known !== undefined) return known;
  const id = innovationIdSchema.safeParse(innovationId);
  if (!id.success) return innovationId;
  try {
    const title = await portal.search.run(async ({ index }) => {
      const { hits } = await index.search('', {
        filter: `id = "${id.data}"`,
        limit: 1,
        attributesToRetrieve: ['title'],
      });
      return titleHit.safeParse(hits[0]).data?.title;
    });
    if (title === undefined) return innovationId;
    portal.innovations.rememberTitle(innovationId, title);
    return title;
  } catch {
    return innovationId;
  }
}

const titleHit = z.object({ title: z.string() });
