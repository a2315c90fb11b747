import { z } from 'zod';
import { innovationIdSchema } from '../innovation/load.ts';
import type { Portal } from '../../portal/types.ts';

/**
 * An innovation's title as a message names it; its id when the engine cannot say (a message
 * is never held back for want of a title). Only the title is asked for: every registration
 * writes a message, and the whole record (its stemmed shadow fields included) read and parsed
 * for one title cost more than half the registration route's throughput.
 */
export async function innovationTitle(
  portal: Pick<Portal, 'search'>,
  innovationId: string,
): Promise<string> {
  const id = innovationIdSchema.safeParse(innovationId);
  if (!id.success) return innovationId;
  try {
    return await portal.search.run(async ({ index }) => {
      const { hits } = await index.search('', {
        filter: `id = "${id.data}"`,
        limit: 1,
        attributesToRetrieve: ['title'],
      });
      return titleHit.safeParse(hits[0]).data?.title ?? innovationId;
    });
  } catch {
    return innovationId;
  }
}

const titleHit = z.object({ title: z.string() });
