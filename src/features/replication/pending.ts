import type { Evidence } from '../../infra/database/replication-types.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationTitle } from '../interest/innovation-title.ts';

/** The most reports a decision list shows at once, oldest first. */
export const PENDING_MAX = 100;

/**
 * A report waiting for a decision, with what the decider needs to know of its entry: the
 * replicating agency and its region (never the registrant's contact, which the list does not
 * need), and the innovation's title.
 */
export interface PendingReport {
  evidence: Evidence;
  entry: Pick<Registration, 'id' | 'agency' | 'provinceCode' | 'regencyCode' | 'innovationId'>;
  title: string;
}

/** Reports waiting on the given innovations (an agency's), or on all (administrators). */
export async function pendingReports(
  portal: Pick<Portal, 'database' | 'search' | 'innovations'>,
  innovationIds?: readonly string[],
): Promise<PendingReport[]> {
  const store = await portal.database();
  const reports = await store.reportedEvidence(PENDING_MAX, innovationIds);
  const found = await Promise.all(
    reports.map(async (evidence) => {
      const entry = await store.byId(evidence.registrationId);
      if (entry === undefined) return [];
      const { id, agency, provinceCode, regencyCode, innovationId } = entry;
      const title = await innovationTitle(portal, innovationId);
      return [{ evidence, entry: { id, agency, provinceCode, regencyCode, innovationId }, title }];
    }),
  );
  return found.flat();
}
