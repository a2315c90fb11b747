/**
 * The one definition of "verified", shared by search (`verifikasi=`, `urut=terverifikasi`), the
 * stale notice on cards and pages, the agencies' reminders and the administrators' freshness
 * dashboard: a record was last verified on the date of its newest dated status statement
 * (`statusUpdatedAt`, the programme's or the agency's). A record without one was never
 * verified: an award or a listing says it was assessed, not what became of it since.
 */

/** Not verified within this many months: stale (the agencies are reminded of it). */
export const STALE_MONTHS = 12;

/** Not verified within this many months: cards and pages say so plainly. */
export const LONG_AGO_MONTHS = 24;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day number (days since 1970-01-01) of an ISO date, for filtering and sorting. */
export function dayOf(isoDate: string): number | null {
  const time = Date.parse(isoDate);
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

/** The index's `verifiedDay` (days since 1970-01-01) of a record: null when never verified. */
export function verifiedDayOf(statusUpdatedAt: string | undefined): number | null {
  return statusUpdatedAt === undefined ? null : dayOf(statusUpdatedAt);
}

/** The first day (ISO date) that still counts as verified within `months` of `now`. */
export function verifiedSince(now: Date, months: number): string {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - months);
  return since.toISOString().slice(0, 10);
}

/** Was a record with this `statusUpdatedAt` verified within `months` of `now`? */
export function verifiedWithin(
  statusUpdatedAt: string | undefined,
  months: number,
  now: Date,
): boolean {
  return statusUpdatedAt !== undefined && statusUpdatedAt >= verifiedSince(now, months);
}

/** Not verified within two years (or never): what cards and pages say plainly. */
export function verifiedLongAgo(statusUpdatedAt: string | undefined, now: Date): boolean {
  return !verifiedWithin(statusUpdatedAt, LONG_AGO_MONTHS, now);
}

/** The engine's filter of the records verified within `months` of `now`. */
export function verifiedWithinFilter(months: number, now: Date): string {
  return `verifiedDay >= ${String(dayOf(verifiedSince(now, months)))}`;
}

/**
 * The engine's filter of the records not verified within `months` (never verified included):
 * `NOT` also takes documents without the field, which a comparison never matches.
 */
export function notVerifiedWithinFilter(months: number, now: Date): string {
  return `NOT ${verifiedWithinFilter(months, now)}`;
}

/** The engine's filter of the records never verified. */
export const neverVerifiedFilter = 'verifiedDay IS NULL OR verifiedDay NOT EXISTS';
