import type { ReplicationStats } from '../../../lib/replication/stats.ts';
import { seriesColours } from '../colours.ts';
import { useTrends } from '../context.ts';
import { StackedChart } from './StackedChart.tsx';

/**
 * Replications confirmed per year, with the median time from registering interest to the
 * confirmed implementation: from the portal's own tracking, the same for every filter.
 */
export function ReplicationChart({ stats }: { stats: ReplicationStats }) {
  const { t, title, number } = useTrends();
  const years = stats.perYear.map((row) => String(row.year));
  const days = stats.medianDays === undefined ? '' : number(stats.medianDays);
  return (
    <StackedChart
      id="tren-replikasi"
      title={t('trends.replications.title')}
      reading={
        stats.total === 0
          ? t('trends.replications.none')
          : t('trends.replications.reading', { total: number(stats.total), days })
      }
      notes={[t('trends.replications.note')]}
      table={{
        rows: years,
        columns: ['confirmed'],
        counts: stats.perYear.map((row) => [row.count]),
      }}
      corner={title('years')}
      seriesLabel={() => t('trends.replications.series')}
      colours={seriesColours.replications}
      matrix={[
        [title('years'), t('trends.replications.series')],
        ...stats.perYear.map((row) => [String(row.year), row.count]),
        [t('trends.replications.median'), days],
      ]}
    />
  );
}
