import { z } from 'zod';
import { innovationIdSchema } from '../innovation/load.ts';
import type { Portal } from '../../portal/types.ts';

type Named = Pick<Portal, 'search' | 'innovations'>;

/**
 * An innovation's title as a message names it; its id when the engine cannot say (a message
 * is never held back for want of a title). Every registration writes a message, so a title is
 * asked of the engine once (the title and agency alone, not the whole record) and then
 * remembered with the innovation lookup, which forgets it when an ingest publishes.
 */
export async function innovationTitle(portal: Named, innovationId: string): Promise<string> {
  const known = portal.innovations.titleOf(innovationId);
  if (known !== undefined) return known;
  return (await lookUp(portal, innovationId))?.title ?? innovationId;
}

/** The innovating agency's name as the record gives it; undefined when the engine cannot say. */
export async function innovationAgency(
  portal: Named,
  innovationId: string,
): Promise<string | undefined> {
  if (portal.innovations.titleOf(innovationId) !== undefined) {
    return portal.innovations.agencyOf(innovationId);
  }
  return (await lookUp(portal, innovationId))?.agency;
}

// --- internal ---

const namedHit = z.object({ title: z.string(), agency: z.string().optional() });

async function lookUp(
  portal: Named,
  innovationId: string,
): Promise<z.output<typeof namedHit> | undefined> {
  const id = innovationIdSchema.safeParse(innovationId);
  if (!id.success) return undefined;
  try {
    const named = await portal.search.run(async ({ index }) => {
      const { hits } = await index.search('', {
        filter: `id = "${id.data}"`,
        limit: 1,
        attributesToRetrieve: ['title', 'agency'],
      });
      return namedHit.safeParse(hits[0]).data;
    });
    if (named !== undefined) {
      portal.innovations.rememberTitle(innovationId, named.title, named.agency);
    }
    return named;
  } catch {
    return undefined;
  }
}
