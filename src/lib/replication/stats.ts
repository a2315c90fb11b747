/**
 * The numbers of confirmed replications for the trends page and the API: how many were
 * confirmed each year, and how long replicating took, from the day the agency registered its
 * interest (`berminat`) to the day its implementation was confirmed (`tereplikasi`).
 */
export interface ReplicationStats {
  total: number;
  /** Every year from the first confirmation to the last, gaps as 0 (Western Indonesian Time). */
  perYear: { year: number; count: number }[];
  /** The median of the days from registration to confirmation; undefined without any. */
  medianDays: number | undefined;
}

/** A confirmed replication's two dates (ISO timestamps). */
export interface ReplicationDates {
  registeredAt: string;
  confirmedAt: string;
}

const DAY_MS = 86_400_000;
/** Years are counted as the calendar runs in Jakarta (UTC+7), where most confirmations happen. */
const WIB_MS = 7 * 3_600_000;

export function replicationStats(rows: readonly ReplicationDates[]): ReplicationStats {
  const years = rows.map((row) => new Date(Date.parse(row.confirmedAt) + WIB_MS).getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years);
  const perYear =
    rows.length === 0
      ? []
      : Array.from({ length: last - first + 1 }, (_, index) => ({
          year: first + index,
          count: years.filter((year) => year === first + index).length,
        }));
  const days = rows.map(
    (row) => (Date.parse(row.confirmedAt) - Date.parse(row.registeredAt)) / DAY_MS,
  );
  return { total: rows.length, perYear, medianDays: median(days) };
}

/** The middle value (the mean of the two middle ones for an even count), to one decimal. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(value * 10) / 10;
}
