import type { Account } from '../../infra/database/accounts-types.ts';
import { innovationSchema } from '../../lib/schema/innovation.ts';
import type { z } from 'zod';
import { agenciesOf } from '../../lib/agency/name.ts';
import type { Portal } from '../../portal/types.ts';
import { quoteFilterValue } from '../../lib/search/ui/request.ts';
import { sessionViewer, type Viewer } from '../accounts/session.ts';

/** An agency's person signed in: the viewer with its account and agency. */
export interface AgencyViewer extends Viewer {
  account: Account & { agency: string; agencyKey: string };
}

export type AgencyGate =
  | { kind: 'signed-out' }
  /** Signed in, but not as an agency's person (an administrator). */
  | { kind: 'not-agency' }
  | { kind: 'agency'; viewer: AgencyViewer };

/** Who a request is from, as the agency's pages need it. */
export async function agencyGate(
  portal: Pick<Portal, 'database'>,
  request: Request,
): Promise<AgencyGate> {
  const viewer = await sessionViewer(portal, request);
  if (viewer === undefined) return { kind: 'signed-out' };
  const { account } = viewer;
  if (viewer.role !== 'agency' || account?.agency === undefined || !account.agencyKey) {
    return { kind: 'not-agency' };
  }
  return {
    kind: 'agency',
    viewer: {
      ...viewer,
      account: { ...account, agency: account.agency, agencyKey: account.agencyKey },
    },
  };
}

/** What the agency's pages show of one of its innovations. */
const ownSchema = innovationSchema
  .pick({
    id: true,
    title: true,
    year: true,
    agency: true,
    unit: true,
    status: true,
    statusUpdatedAt: true,
    statusSource: true,
    replication: true,
  })
  .strip();
export type OwnInnovation = z.output<typeof ownSchema>;

/**
 * The innovation `id` when it is the agency's own (its agency or unit is the account's, see
 * `agenciesOf`),
 * else undefined: another agency's innovation is answered as if it did not exist.
 */
export async function ownInnovation(
  portal: Pick<Portal, 'search'>,
  agencyKey: string,
  id: string,
): Promise<OwnInnovation | undefined> {
  const hits = await portal.search.run(async ({ index }) => {
    const answer = await index.search('', {
      filter: `id = ${quoteFilterValue(id)}`,
      attributesToRetrieve: Object.keys(ownSchema.shape),
      limit: 1,
    });
    return answer.hits;
  });
  const found = ownSchema.safeParse(hits[0]);
  if (!found.success || !agenciesOf(found.data).some((named) => named.key === agencyKey)) {
    return undefined;
  }
  return found.data;
}
