import type { Status } from '../schema/enums.ts';
import { datedStatements, survivalValues } from '../trends/survival.ts';
import { verifiedDayOf } from './verified.ts';
import type { AgencyStatus, Replication, StatementSource, StatusStatement } from './update.ts';

/** What the index holds of the programmes' own statement (the merged source records'). */
export interface ProgrammeStatement {
  status: Status;
  statusUpdatedAt?: string | undefined;
}

/** An agency update an administrator approved (the live one, or an earlier one it replaced). */
export interface ApprovedUpdate {
  status: AgencyStatus;
  asOf: string;
  whatChanged: string;
  replication: Replication;
  /** Since when what it shows readers is live (an identical later approval keeps the date). */
  visibleSince: string;
}

/** The fields the agency layer writes over a search document (a partial update). */
export interface LayerFields {
  status: Status;
  statusUpdatedAt?: string;
  statusSource: StatementSource;
  statusHistory: StatusStatement[];
  replication: Replication;
  updatedAt: string;
  verifiedDay: number | null;
  cohortStatus: string[];
  survivalChanges: string[];
}

/**
 * The agency layer over a record: of the programme's statement and the agency's approved ones,
 * the newest dated statement gives the status (on the same date, the agency's: it spoke
 * later); every statement stays in the history, newest first. The agency's replication
 * contact and documents are the live update's. `updatedAt` moves only to when what the live
 * update shows became visible, never back.
 */
export function layerFields(
  current: {
    programme: ProgrammeStatement;
    updatedAt: string;
    cohortStatus: readonly string[];
  },
  live: ApprovedUpdate,
  earlier: readonly ApprovedUpdate[],
): LayerFields {
  const agency = [live, ...earlier].map((update): StatusStatement => ({
    status: update.status,
    asOf: update.asOf,
    source: 'agency',
    change: update.whatChanged,
  }));
  const programme: StatusStatement = {
    status: current.programme.status,
    source: 'programme',
    ...(current.programme.statusUpdatedAt !== undefined && {
      asOf: current.programme.statusUpdatedAt,
    }),
  };
  const history = [...agency, programme]
    .filter((statement) => statement.status !== 'tidak-diketahui' || statement.asOf !== undefined)
    .sort(newestFirst);
  const winner = history[0] ?? programme;
  const updatedAt = live.visibleSince > current.updatedAt ? live.visibleSince : current.updatedAt;
  return {
    status: winner.status,
    ...(winner.asOf !== undefined && { statusUpdatedAt: winner.asOf }),
    statusSource: winner.source,
    statusHistory: history,
    replication: live.replication,
    updatedAt,
    verifiedDay: verifiedDayOf(winner.asOf),
    cohortStatus: current.cohortStatus.map(
      (pair) => `${pair.split('|')[0] ?? ''}|${winner.status}`,
    ),
    survivalChanges: survivalValues(
      awardYearOf(current.cohortStatus),
      datedStatements({ status: winner.status, statusHistory: history }),
    ),
  };
}

// --- internal ---

/** The year of the first award, the first half of the record's `cohortStatus` pair. */
function awardYearOf(cohortStatus: readonly string[]): number | undefined {
  const year = Number(cohortStatus[0]?.split('|')[0]);
  return Number.isInteger(year) && cohortStatus.length > 0 ? year : undefined;
}

/** Dated before undated; newer first; on one date the agency first. */
function newestFirst(a: StatusStatement, b: StatusStatement): number {
  if (a.asOf !== b.asOf) {
    if (a.asOf === undefined) return 1;
    if (b.asOf === undefined) return -1;
    return b.asOf.localeCompare(a.asOf);
  }
  return a.source === b.source ? 0 : a.source === 'agency' ? -1 : 1;
}
