import { describe, expect, it } from 'vitest';
import {
  datedStatements,
  firstAwardYear,
  parseSurvivalValue,
  stateAt,
  survivalValuesOf,
  type StatusRecord,
} from '../../../../src/lib/trends/survival.ts';
import {
  largestCohort,
  pointShares,
  survivalMatrix,
  survivalOf,
} from '../../../../src/lib/trends/survival-table.ts';

const award = (year: number) => ({ year });

/**
 * Hand-built records, each proving one part of the rule. The states each should have at the
 * end of 2020…2024 are written out below, not computed.
 */
const records = {
  /** First award 2019 (the 2021 one is later); its 2019 statement is not after the award. */
  stopsLater: {
    awards: [award(2021), award(2019)],
    status: 'berhenti',
    statusHistory: [
      { status: 'berhenti', asOf: '2023-05-01', source: 'agency' },
      { status: 'berkembang', asOf: '2021-03-03', source: 'agency' },
      { status: 'berlanjut', asOf: '2019-08-01', source: 'programme' },
    ],
  },
  /** No agency update: the programme's dated status is the one statement. */
  programmeOnly: { awards: [award(2019)], status: 'berlanjut', statusUpdatedAt: '2020-06-30' },
  /** A status without a date says nothing about when: unknown, never running or stopped. */
  undated: { awards: [award(2019)], status: 'vakum' },
  /** On one date the agency's statement is in force over the programme's. */
  sameDate: {
    awards: [award(2019)],
    status: 'berlanjut',
    statusHistory: [
      { status: 'berhenti', asOf: '2022-01-10', source: 'programme' },
      { status: 'berlanjut', asOf: '2022-01-10', source: 'agency' },
    ],
  },
  /** Stopped, then a dated "tidak diketahui": unknown from then on. */
  thenUnknown: {
    awards: [award(2019)],
    status: 'tidak-diketahui',
    statusHistory: [
      { status: 'tidak-diketahui', asOf: '2021-07-01', source: 'programme' },
      { status: 'vakum', asOf: '2020-02-01', source: 'agency' },
    ],
  },
  /** First awarded 2020, its one statement dated 2027: nothing in force by 2024. */
  futureOnly: {
    awards: [award(2020)],
    status: 'berlanjut',
    statusUpdatedAt: '2027-01-01',
  },
  neverAwarded: { awards: [], status: 'berlanjut', statusUpdatedAt: '2020-01-01' },
  /** First awarded this year (2024): no point reached yet. */
  awardedThisYear: { awards: [award(2024)], status: 'berlanjut', statusUpdatedAt: '2024-02-01' },
} satisfies Record<string, StatusRecord>;

describe('the survival rule', () => {
  it('takes the earliest award year, and none for an innovation never awarded', () => {
    expect(firstAwardYear(records.stopsLater)).toBe(2019);
    expect(firstAwardYear(records.neverAwarded)).toBeUndefined();
  });

  it('reads the dated statements of the history, or the programme’s dated status without one', () => {
    expect(datedStatements(records.programmeOnly)).toEqual([
      { status: 'berlanjut', asOf: '2020-06-30', source: 'programme' },
    ]);
    expect(datedStatements(records.undated)).toEqual([]);
    expect(datedStatements(records.stopsLater)).toHaveLength(3);
  });

  it.each([
    ['stopsLater', ['unknown', 'running', 'running', 'stopped', 'stopped']],
    ['programmeOnly', ['running', 'running', 'running', 'running', 'running']],
    ['undated', ['unknown', 'unknown', 'unknown', 'unknown', 'unknown']],
    ['sameDate', ['unknown', 'unknown', 'running', 'running', 'running']],
    ['thenUnknown', ['stopped', 'unknown', 'unknown', 'unknown', 'unknown']],
  ] as const)('%s: its state at the end of 2020 … 2024', (name, states) => {
    const statements = datedStatements(records[name]);
    expect([2020, 2021, 2022, 2023, 2024].map((year) => stateAt(statements, 2019, year))).toEqual(
      states,
    );
  });

  it('indexes where the state changes, and reads the values back', () => {
    expect(survivalValuesOf(records.stopsLater)).toEqual([
      '2019|2|unknown>running',
      '2019|4|running>stopped',
    ]);
    expect(survivalValuesOf(records.thenUnknown)).toEqual([
      '2019|1|unknown>stopped',
      '2019|2|stopped>unknown',
    ]);
    expect(survivalValuesOf(records.undated)).toEqual([]);
    expect(survivalValuesOf(records.neverAwarded)).toEqual([]);
    expect(survivalValuesOf(records.futureOnly)).toEqual(['2020|7|unknown>running']);
    expect(parseSurvivalValue('2019|4|running>stopped')).toEqual({
      awardYear: 2019,
      after: 4,
      from: 'running',
      to: 'stopped',
    });
    for (const bad of ['2019|0|unknown>running', '2019|kota', '2019|2|running>berhenti']) {
      expect(parseSurvivalValue(bad), bad).toBeUndefined();
    }
  });
});

describe('the survival chart from facet counts', () => {
  // What Meilisearch's facet distributions of these records hold.
  const all = Object.values(records);
  const cohortCounts = facetCounts(
    all.flatMap((record) => {
      const year = firstAwardYear(record);
      return year === undefined ? [] : [`${String(year)}|${record.status}`];
    }),
  );
  const changeCounts = facetCounts(all.flatMap((record) => survivalValuesOf(record)));
  const survival = survivalOf(cohortCounts, changeCounts, 2024);

  it('counts each award year before this one, N = 1 up to this year', () => {
    expect(survival.lastYear).toBe(2024);
    expect(survival.cohorts.map((cohort) => [cohort.awardYear, cohort.awarded])).toEqual([
      [2019, 5],
      [2020, 1],
    ]);
    expect(survival.cohorts[0]?.points).toEqual([
      { after: 1, year: 2020, running: 1, stopped: 1, unknown: 3 },
      { after: 2, year: 2021, running: 2, stopped: 0, unknown: 3 },
      { after: 3, year: 2022, running: 3, stopped: 0, unknown: 2 },
      { after: 4, year: 2023, running: 2, stopped: 1, unknown: 2 },
      { after: 5, year: 2024, running: 2, stopped: 1, unknown: 2 },
    ]);
    // The statement of 2027 is not in force in any year counted.
    expect(survival.cohorts[1]?.points.map((point) => point.unknown)).toEqual([1, 1, 1, 1]);
  });

  it('a year later counts one more point and the statement of 2027 only in 2027', () => {
    const later = survivalOf(cohortCounts, changeCounts, 2027);
    const cohort2020 = later.cohorts.find((cohort) => cohort.awardYear === 2020);
    expect(cohort2020?.points.map((point) => point.running)).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(later.cohorts.map((cohort) => cohort.awardYear)).toEqual([2019, 2020, 2024]);
  });

  it('gives whole percentages of the cohort, and the largest cohort at its last point', () => {
    const [cohort] = survival.cohorts;
    const point = cohort?.points[2];
    if (cohort === undefined || point === undefined) throw new Error('no cohort');
    expect(pointShares(cohort, point)).toEqual({ running: 60, stopped: 0, unknown: 40 });
    expect(largestCohort(survival)).toEqual({ cohort, point: cohort.points[4] });
    expect(largestCohort(survivalOf({}, {}, 2024))).toBeUndefined();
  });

  it('writes its table: a row per award year and year after it, years as text', () => {
    const matrix = survivalMatrix(survivalOf(cohortCounts, changeCounts, 2022), {
      awardYear: 'Award',
      after: 'N',
      year: 'End of',
      awarded: 'Innovations',
      states: { running: 'Running', stopped: 'Stopped', unknown: 'Unknown' },
      share: 'Running (%)',
    });
    expect(matrix).toEqual([
      ['Award', 'N', 'End of', 'Innovations', 'Running', 'Stopped', 'Unknown', 'Running (%)'],
      ['2019', 1, '2020', 5, 1, 1, 3, 20],
      ['2019', 2, '2021', 5, 2, 0, 3, 40],
      ['2019', 3, '2022', 5, 3, 0, 2, 60],
      ['2020', 1, '2021', 1, 0, 0, 1, 0],
      ['2020', 2, '2022', 1, 0, 0, 1, 0],
    ]);
  });
});

function facetCounts(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
