import type { StatementSource } from '../agency/update.ts';
import type { Status } from '../schema/enums.ts';

/**
 * "How many innovations stop after the award?": the rule that says what an awarded innovation
 * is N years after its first award, from its dated status statements alone.
 *
 * - The award year `Y` is the earliest year of its awards; an innovation never awarded has none.
 * - The point "N years later" (N = 1, 2, …) is the end of year `Y + N` (31 December). Awards
 *   are known by their year only, so only a statement dated in a year after `Y` is known to
 *   come after the award: one of year `Y` itself (the programme's status when it judged the
 *   award, say) is not counted.
 * - The statement in force at a point is the latest one dated after the award and on or before
 *   the point (on one date the agency's, which spoke later, as the agency layer weighs them).
 * - It says `berlanjut` or `berkembang`: **running**; `berhenti` or `vakum`: **stopped**; a
 *   dated `tidak-diketahui`, or no statement in force at all: **unknown**, never running.
 *
 * This module is pure and reads one record. The index stores each awarded innovation's changes
 * of state (`survivalChanges`), so the trends page counts a whole cohort from facet counts
 * (`survival-table.ts`) for any year it is asked in, the index growing no older with the years.
 */
export const survivalStates = ['running', 'stopped', 'unknown'] as const;
export type SurvivalState = (typeof survivalStates)[number];

/** A dated status statement, as the record's `statusHistory` lists it. */
export interface DatedStatement {
  status: Status;
  /** ISO date (`2021-03-03`). */
  asOf: string;
  source: StatementSource;
}

/** What the rule reads of a record: the public record's awards and status fields. */
export interface StatusRecord {
  awards: readonly { year: number }[];
  status: Status;
  statusUpdatedAt?: string | undefined;
  statusSource?: StatementSource | undefined;
  statusHistory?: readonly { status: Status; asOf?: string | undefined; source: StatementSource }[];
}

/** The state of a status. */
export function survivalStateOf(status: Status): SurvivalState {
  if (status === 'berlanjut' || status === 'berkembang') return 'running';
  if (status === 'berhenti' || status === 'vakum') return 'stopped';
  return 'unknown';
}

/** The year of the first award, or undefined for an innovation never awarded. */
export function firstAwardYear(record: Pick<StatusRecord, 'awards'>): number | undefined {
  return record.awards.length === 0 ? undefined : Math.min(...record.awards.map((a) => a.year));
}

/**
 * A record's dated statements: its history (every statement, the programme's and the
 * agency's), or without one (no agency update) the programme's status with its date.
 */
export function datedStatements(record: Omit<StatusRecord, 'awards'>): DatedStatement[] {
  const history = record.statusHistory ?? [
    {
      status: record.status,
      asOf: record.statusUpdatedAt,
      source: record.statusSource ?? 'programme',
    },
  ];
  return history.flatMap(({ status, asOf, source }) =>
    asOf === undefined ? [] : [{ status, asOf, source }],
  );
}

/** The state at the end of `year` of an innovation first awarded in `awardYear`. */
export function stateAt(
  statements: readonly DatedStatement[],
  awardYear: number,
  year: number,
): SurvivalState {
  const inForce = statements
    .filter((statement) => {
      const dated = yearOf(statement);
      return dated > awardYear && dated <= year;
    })
    .reduce<DatedStatement | undefined>(
      (latest, statement) =>
        latest === undefined || later(statement, latest) ? statement : latest,
      undefined,
    );
  return inForce === undefined ? 'unknown' : survivalStateOf(inForce.status);
}

/** From `after` years after the award on (until the next change), the state is `to`. */
export interface SurvivalChange {
  after: number;
  from: SurvivalState;
  to: SurvivalState;
}

/**
 * Where the state changes, in order: every innovation starts unknown, and the state can change
 * only in a year some statement is dated. Its state N years after the award is the `to` of its
 * last change at or before N (unknown before the first).
 */
export function survivalChanges(
  statements: readonly DatedStatement[],
  awardYear: number,
): SurvivalChange[] {
  const years = [...new Set(statements.map(yearOf))]
    .filter((year) => year > awardYear)
    .sort((a, b) => a - b);
  const changes: SurvivalChange[] = [];
  let from: SurvivalState = 'unknown';
  for (const year of years) {
    const to = stateAt(statements, awardYear, year);
    if (to !== from) changes.push({ after: year - awardYear, from, to });
    from = to;
  }
  return changes;
}

/**
 * The index values of a record's changes (`2019|3|running>stopped`): one facet distribution
 * then counts, per award year and year after it, the innovations that changed each way.
 */
export function survivalValues(
  awardYear: number | undefined,
  statements: readonly DatedStatement[],
): string[] {
  if (awardYear === undefined) return [];
  return survivalChanges(statements, awardYear).map(
    ({ after, from, to }) => `${String(awardYear)}|${String(after)}|${from}>${to}`,
  );
}

/** The index values of a public record (see `survivalValues`). */
export function survivalValuesOf(record: StatusRecord): string[] {
  return survivalValues(firstAwardYear(record), datedStatements(record));
}

export interface ParsedChange extends SurvivalChange {
  awardYear: number;
}

/** An index value read back, or undefined for anything else. */
export function parseSurvivalValue(value: string): ParsedChange | undefined {
  const match = valuePattern.exec(value);
  if (match === null) return undefined;
  const [, awardYear = '', after = '', from, to] = match;
  if (!isState(from) || !isState(to)) return undefined;
  return { awardYear: Number(awardYear), after: Number(after), from, to };
}

// --- internal ---

const valuePattern = /^(\d{4})\|([1-9]\d*)\|(\w+)>(\w+)$/;

function isState(value: string | undefined): value is SurvivalState {
  return survivalStates.some((state) => state === value);
}

function yearOf(statement: DatedStatement): number {
  return Number(statement.asOf.slice(0, 4));
}

/** Is `a` in force over `b`: dated later, or on the same date the agency's over the programme's. */
function later(a: DatedStatement, b: DatedStatement): boolean {
  if (a.asOf !== b.asOf) return a.asOf > b.asOf;
  return a.source === 'agency' && b.source !== 'agency';
}
