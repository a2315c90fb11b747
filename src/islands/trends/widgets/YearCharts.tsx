import { columnCounts, largest, largestCell, percent } from '../../../lib/trends/readings.ts';
import type { TrendCharts } from '../../../lib/trends/view.ts';
import { seriesColours } from '../colours.ts';
import { useTrends } from '../context.ts';
import { StackedChart } from './StackedChart.tsx';

/** The headline chart: matching innovations per year, each bar split by agency cluster. */
export function YearClusterChart({ charts }: { charts: TrendCharts }) {
  const { t, label, title } = useTrends();
  const year = largest(charts.years);
  const cluster = largest(charts.clusters);
  return (
    <StackedChart
      id="tren-tahun-klaster"
      title={t('trends.yearCluster.title')}
      reading={
        year === undefined || cluster === undefined
          ? t('trends.none')
          : t('trends.yearCluster.reading', {
              year: year.value,
              count: year.count,
              cluster: label('cluster', cluster.value),
              clusterCount: cluster.count,
            })
      }
      notes={[t('trends.yearNote')]}
      table={charts.yearCluster}
      corner={title('years')}
      seriesLabel={(key) => label('cluster', key)}
      colours={seriesColours.cluster}
      totals={charts.years.map(({ count }) => count)}
    />
  );
}

/** Per year by programme: a year counts for a programme that holds a record of it. */
export function YearProgrammeChart({ charts }: { charts: TrendCharts }) {
  const { t, label, title } = useTrends();
  const cell = largestCell(charts.yearProgramme);
  return (
    <StackedChart
      id="tren-tahun-program"
      title={t('trends.yearProgramme.title')}
      reading={
        cell === undefined
          ? t('trends.none')
          : t('trends.yearProgramme.reading', {
              programme: label('programmes', cell.column),
              year: cell.row,
              count: cell.count,
            })
      }
      table={charts.yearProgramme}
      corner={title('years')}
      seriesLabel={(key) => label('programmes', key)}
      colours={seriesColours.programmes}
    />
  );
}

/** Awarded innovations by the year of their first award, split by their status today. */
export function StatusChart({ charts }: { charts: TrendCharts }) {
  const { t, label } = useTrends();
  const statuses = new Map(
    columnCounts(charts.statusByAwardYear).map(({ value, count }) => [value, count]),
  );
  const awarded = [...statuses.values()].reduce((sum, count) => sum + count, 0);
  const running = (statuses.get('berlanjut') ?? 0) + (statuses.get('berkembang') ?? 0);
  return (
    <StackedChart
      id="tren-status-tahun-penghargaan"
      title={t('trends.status.title')}
      reading={
        awarded === 0
          ? t('trends.none')
          : t('trends.status.reading', {
              awarded,
              running,
              share: percent(running, awarded),
              stopped: statuses.get('berhenti') ?? 0,
            })
      }
      table={charts.statusByAwardYear}
      corner={t('trends.awardYear')}
      seriesLabel={(key) => label('status', key)}
      colours={seriesColours.status}
    />
  );
}
