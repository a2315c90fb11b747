import { z } from 'zod';
import type { AgencyFields } from '../../lib/agency/name.ts';
import { innovationIdSchema } from '../innovation/load.ts';
import type { Portal } from '../../portal/types.ts';

type Named = Pick<Portal, 'search' | 'innovations'>;

/**
 * An innovation's title as a message names it; its id when the engine cannot say (a message
 * is never held back for want of a title). Every registration writes a message, so a title is
 * asked of the engine once (the title, agency and unit alone, not the whole record) and then
 * remembered with the innovation lookup, which forgets it when an ingest publishes.
 */
export async function innovationTitle(portal: Named, innovationId: string): Promise<string> {
  const known = portal.innovations.titleOf(innovationId);
  if (known !== undefined) return known;
  return (await lookUp(portal, innovationId))?.title ?? innovationId;
}

/**
 * The innovating agency and unit as the record gives them; undefined when the engine cannot
 * say (or the record names no agency).
 */
export async function innovationAgency(
  portal: Named,
  innovationId: string,
): Promise<AgencyFields | undefined> {
  if (portal.innovations.titleOf(innovationId) !== undefined) {
    return portal.innovations.agencyOf(innovationId);
  }
  return agencyFields(await lookUp(portal, innovationId));
}

// --- internal ---

const namedHit = z.object({
  title: z.string(),
  agency: z.string().optional(),
  unit: z.string().optional(),
});

function agencyFields(hit: z.output<typeof namedHit> | undefined): AgencyFields | undefined {
  if (hit?.agency === undefined) return undefined;
  return { agency: hit.agency, ...(hit.unit !== undefined && { unit: hit.unit }) };
}

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
        attributesToRetrieve: ['title', 'agency', 'unit'],
      });
      return namedHit.safeParse(hits[0]).data;
    });
    if (named !== undefined) {
      portal.innovations.rememberTitle(innovationId, named.title, agencyFields(named));
    }
    return named;
  } catch {
    return undefined;
  }
}
