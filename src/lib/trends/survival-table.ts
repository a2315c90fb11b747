import { percent } from './readings.ts';
import { parseSurvivalValue, survivalStates, type SurvivalState } from './survival.ts';
import type { Matrix } from './matrix.ts';
import type { Survival, SurvivalCohort, SurvivalPoint } from './view.ts';
/**
 * The survival chart from two facet distributions of the same search: the awarded innovations
 * per award year (`cohortStatus`, `2019|berlanjut` → count) and their changes of state
 * (`survivalChanges`, `2019|3|running>stopped` → count). An innovation's state N years after
 * its award is the `to` of its last change at or before N, so a cohort's count in a state at N
 * is the changes into that state up to N less those out of it; unknown is what remains.
 */
export function survivalOf(
  cohortCounts: Readonly<Record<string, number>>,
  changeCounts: Readonly<Record<string, number>>,
  lastYear: number,
): Survival {
  const awarded = awardedByYear(cohortCounts);
  const net = netChanges(changeCounts);
  const cohorts = [...awarded.entries()]
    .filter(([awardYear, count]) => awardYear < lastYear && count > 0)
    .sort(([a], [b]) => a - b)
    .map(([awardYear, count]) => cohortOf(awardYear, count, net, lastYear));
  return { lastYear, cohorts };
}

/** Whole percent of the cohort in each state at a point. */
export function pointShares(cohort: SurvivalCohort, point: SurvivalPoint) {
  return Object.fromEntries(
    survivalStates.map((state) => [state, percent(point[state], cohort.awarded)]),
  ) as Record<SurvivalState, number>;
}

/** What the chart's reading states: the largest cohort (the older of a tie), at its last point. */
export function largestCohort(
  survival: Survival,
): { cohort: SurvivalCohort; point: SurvivalPoint } | undefined {
  const cohort = survival.cohorts.reduce<SurvivalCohort | undefined>(
    (best, next) => (best === undefined || next.awarded > best.awarded ? next : best),
    undefined,
  );
  const point = cohort?.points.at(-1);
  return cohort === undefined || point === undefined ? undefined : { cohort, point };
}

export interface SurvivalLabels {
  awardYear: string;
  after: string;
  year: string;
  awarded: string;
  states: Readonly<Record<SurvivalState, string>>;
  share: string;
}

/**
 * The chart's numbers as its table and CSV show them, one row per award year and year after
 * it: the cohort, each state's count and the share still running in whole percent. Years stay
 * text, so a page's number format does not write 2019 as `2.019`.
 */
export function survivalMatrix(survival: Survival, labels: SurvivalLabels): Matrix {
  const { states } = labels;
  return [
    [
      labels.awardYear,
      labels.after,
      labels.year,
      labels.awarded,
      states.running,
      states.stopped,
      states.unknown,
      labels.share,
    ],
    ...survival.cohorts.flatMap((cohort) =>
      cohort.points.map((point) => [
        String(cohort.awardYear),
        point.after,
        String(point.year),
        cohort.awarded,
        point.running,
        point.stopped,
        point.unknown,
        percent(point.running, cohort.awarded),
      ]),
    ),
  ];
}

// --- internal ---

/** `awardYear|after` → the net count of innovations that entered each state there. */
type NetChanges = Map<string, Record<SurvivalState, number>>;

function awardedByYear(cohortCounts: Readonly<Record<string, number>>): Map<number, number> {
  const awarded = new Map<number, number>();
  for (const [pair, count] of Object.entries(cohortCounts)) {
    const year = Number(pair.slice(0, pair.indexOf('|')));
    if (Number.isInteger(year)) awarded.set(year, (awarded.get(year) ?? 0) + count);
  }
  return awarded;
}

function netChanges(changeCounts: Readonly<Record<string, number>>): NetChanges {
  const net: NetChanges = new Map();
  for (const [value, count] of Object.entries(changeCounts)) {
    const change = parseSurvivalValue(value);
    if (change === undefined) continue;
    const key = `${String(change.awardYear)}|${String(change.after)}`;
    const entry = net.get(key) ?? { running: 0, stopped: 0, unknown: 0 };
    entry[change.to] += count;
    entry[change.from] -= count;
    net.set(key, entry);
  }
  return net;
}

function cohortOf(
  awardYear: number,
  awarded: number,
  net: NetChanges,
  lastYear: number,
): SurvivalCohort {
  // Everyone starts unknown; the changes move innovations between the states.
  const counts: Record<SurvivalState, number> = { running: 0, stopped: 0, unknown: awarded };
  const points: SurvivalPoint[] = [];
  for (let after = 1; awardYear + after <= lastYear; after++) {
    const changes = net.get(`${String(awardYear)}|${String(after)}`);
    for (const state of survivalStates) counts[state] += changes?.[state] ?? 0;
    points.push({ after, year: awardYear + after, ...counts });
  }
  return { awardYear, awarded, points };
}
