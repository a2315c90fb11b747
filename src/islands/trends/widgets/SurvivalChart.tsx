import { useState } from 'react';
import { survivalStates, type SurvivalState } from '../../../lib/trends/survival.ts';
import { largestCohort, pointShares, survivalMatrix } from '../../../lib/trends/survival-table.ts';
import type { Survival } from '../../../lib/trends/view.ts';
import { neutral, okabeIto } from '../colours.ts';
import { useTrends } from '../context.ts';
import { ChartFrame } from '../ui/ChartFrame.tsx';
import { CohortGrid } from '../ui/CohortGrid.tsx';
import type { Series } from '../ui/types.ts';
import { frameTexts } from './frame.ts';

const colours: Record<SurvivalState, string> = {
  running: okabeIto.green,
  stopped: okabeIto.vermillion,
  unknown: neutral,
};

/**
 * "How many innovations stop after the award?": a row per year of the first award, a bar per
 * year after it, each bar the cohort running, stopped and unknown (the rule:
 * `lib/trends/survival.ts`).
 */
export function SurvivalChart({ survival }: { survival: Survival }) {
  const context = useTrends();
  const { t, number } = context;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const stateLabel = (state: SurvivalState) => t(`trends.survival.${state}`);
  const series: Series[] = survivalStates.map((state) => ({
    key: state,
    label: stateLabel(state),
    colour: colours[state],
    hidden: hidden.has(state),
  }));
  const { cohorts } = survival;
  const longest = Math.max(0, ...cohorts.map((cohort) => cohort.points.length));
  const at = (row: number, column: number) => {
    const cohort = cohorts[row];
    const point = cohort?.points[column];
    return cohort === undefined || point === undefined ? undefined : { cohort, point };
  };
  const pointName = (row: number, column: number) =>
    t('trends.survival.point', {
      year: String(cohorts[row]?.awardYear ?? ''),
      after: column + 1,
      at: String((cohorts[row]?.awardYear ?? 0) + column + 1),
    });
  const lines = (row: number, column: number): string[] => {
    const found = at(row, column);
    if (found === undefined)
      return [
        t('trends.survival.notYet', {
          year: String(cohorts[row]?.awardYear ?? ''),
          after: column + 1,
        }),
      ];
    const shares = pointShares(found.cohort, found.point);
    return [
      pointName(row, column),
      ...survivalStates.map((state) =>
        t('trends.survival.part', {
          state: stateLabel(state),
          count: number(found.point[state]),
          share: shares[state],
        }),
      ),
      t('trends.survival.of', { awarded: number(found.cohort.awarded) }),
    ];
  };
  const largest = largestCohort(survival);
  const shares = largest && pointShares(largest.cohort, largest.point);
  return (
    <ChartFrame
      id="tren-bertahan"
      title={t('trends.survival.title')}
      reading={
        largest === undefined || shares === undefined
          ? t('trends.survival.none')
          : t('trends.survival.reading', {
              awarded: number(largest.cohort.awarded),
              year: String(largest.cohort.awardYear),
              at: String(largest.point.year),
              ...shares,
            })
      }
      notes={[t('trends.survival.note')]}
      legend={{
        label: t('trends.legend'),
        series,
        onToggle: (key) => {
          const next = new Set(hidden);
          if (!next.delete(key)) next.add(key);
          setHidden(next);
        },
      }}
      matrix={survivalMatrix(survival, {
        awardYear: t('trends.awardYear'),
        after: t('trends.survival.after'),
        year: t('trends.survival.year'),
        awarded: t('trends.innovations'),
        states: {
          running: stateLabel('running'),
          stopped: stateLabel('stopped'),
          unknown: stateLabel('unknown'),
        },
        share: t('trends.survival.share'),
      })}
      format={number}
      texts={frameTexts(context)}
    >
      {(width) => (
        <CohortGrid
          width={width}
          label={t('trends.marks', { title: t('trends.survival.title') })}
          rows={cohorts.map((cohort) => String(cohort.awardYear))}
          columns={Array.from({ length: longest }, (_, index) => String(index + 1))}
          columnsTitle={t('trends.survival.after')}
          cells={cohorts.map((cohort) =>
            cohort.points.map((point) => ({
              whole: cohort.awarded,
              parts: survivalStates.map((state) => point[state]),
            })),
          )}
          series={series}
          caption={(row, column) => {
            const found = at(row, column);
            // A bar all unknown has no share to state: "0%" would read as all stopped.
            if (found === undefined || found.point.unknown === found.cohort.awarded) return '';
            return `${String(pointShares(found.cohort, found.point).running)}%`;
          }}
          markName={(row, column) => lines(row, column).join('; ')}
          tooltipLines={lines}
        />
      )}
    </ChartFrame>
  );
}
