import type { Account } from '../../infra/database/accounts-types.ts';
import type { Registration } from '../../infra/database/types.ts';
import { quoteFilterValue } from '../../lib/search/ui/request.ts';
import { sharedContactOf, type SharedContact } from '../../lib/interest/shared-contact.ts';
import type { Portal } from '../../portal/types.ts';
import { sessionViewer } from './session.ts';
import { pendingReports, type PendingReport } from '../replication/pending.ts';

/** The most innovations an agency's area lists, and registrations per innovation. */
export const AREA_INNOVATIONS_MAX = 200;
export const AREA_REGISTRATIONS_MAX = 100;

export interface AreaInnovation {
  id: string;
  title: string;
  year: number;
  /** The date of its last dated status statement, if any (what the reminders look at). */
  statusUpdatedAt?: string | undefined;
  /** Its registrations, hidden ones (spam) left out, newest first. */
  registrations: AreaRegistration[];
}

/** A registration as the innovating agency sees it: of the contact, only what was shared. */
export type AreaRegistration = Pick<
  Registration,
  'id' | 'agency' | 'cluster' | 'provinceCode' | 'regencyCode' | 'note' | 'stage' | 'stageChangedAt'
> & { contact: SharedContact };

export type AgencyAreaRoute =
  | { kind: 'signed-out' }
  /** Signed in, but not as an agency's person (an administrator). */
  | { kind: 'not-agency' }
  | {
      kind: 'area';
      account: Account;
      innovations: AreaInnovation[];
      /** Replication evidence on its innovations awaiting its decision. */
      reports: PendingReport[];
    };

/**
 * An agency's own area: only for a session of an agency's person, and only its own agency's
 * innovations (those whose agency or unit is the account's, see `innovationsOf`) with their
 * registrations, and of each registrant's contact only what it shared with the innovating agency.
 */
export async function agencyAreaRoute(
  portal: Pick<Portal, 'database' | 'search' | 'innovations'>,
  request: Request,
): Promise<AgencyAreaRoute> {
  const viewer = await sessionViewer(portal, request);
  if (viewer === undefined) return { kind: 'signed-out' };
  const { account } = viewer;
  if (viewer.role !== 'agency' || account?.agency === undefined) return { kind: 'not-agency' };
  const found = await innovationsOf(portal, account.agencyKey ?? '');
  const store = await portal.database();
  const innovations = await Promise.all(
    found.map(async (innovation) => {
      const { rows } = await store.list({
        innovationId: innovation.id,
        hidden: false,
        limit: AREA_REGISTRATIONS_MAX,
        offset: 0,
      });
      return { ...innovation, registrations: rows.map(asSeenByAgency) };
    }),
  );
  const reports = await pendingReports(
    portal,
    found.map((innovation) => innovation.id),
  );
  return { kind: 'area', account, innovations, reports };
}

interface Hit {
  id: string;
  title: string;
  year: number;
  statusUpdatedAt?: string;
}

/**
 * The agency's innovations: those whose agency or unit is the account's (the key is among the
 * document's `agencyKeys`, see `agenciesOf`): an account of `Pemerintah Kabupaten Sleman` has
 * every innovation of the regency's government, one of `Dinas Kesehatan Kabupaten Sleman`
 * those of its health office, however the records spell them.
 */
export async function innovationsOf(
  portal: Pick<Portal, 'search'>,
  agencyKey: string,
): Promise<Omit<AreaInnovation, 'registrations'>[]> {
  if (agencyKey === '') return [];
  const hits = await portal.search.run(async ({ index }) => {
    const answer = await index.search<Hit>('', {
      filter: `agencyKeys = ${quoteFilterValue(agencyKey)}`,
      attributesToRetrieve: ['id', 'title', 'year', 'statusUpdatedAt'],
      limit: AREA_INNOVATIONS_MAX,
    });
    return answer.hits;
  });
  return hits.map(({ id, title, year, statusUpdatedAt }) => ({ id, title, year, statusUpdatedAt }));
}

// --- internal ---

function asSeenByAgency(entry: Registration): AreaRegistration {
  const { id, agency, cluster, provinceCode, regencyCode, note, stage, stageChangedAt } = entry;
  const seen = { id, agency, cluster, provinceCode, regencyCode, note, stage, stageChangedAt };
  return { ...seen, contact: sharedContactOf(entry) };
}
