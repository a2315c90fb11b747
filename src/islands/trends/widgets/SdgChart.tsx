import { valueCountsMatrix } from '../../../lib/trends/matrix.ts';
import { largest, smallest } from '../../../lib/trends/readings.ts';
import type { TrendCharts } from '../../../lib/trends/view.ts';
import { okabeIto } from '../colours.ts';
import { useTrends } from '../context.ts';
import { BarList } from '../ui/BarList.tsx';
import { ChartFrame } from '../ui/ChartFrame.tsx';
import { frameTexts } from './frame.ts';

/** How many matching innovations serve each of the 17 SDGs. */
export function SdgChart({ charts }: { charts: TrendCharts }) {
  const context = useTrends();
  const { t, label, title, number } = context;
  const most = largest(charts.sdgs);
  const least = smallest(charts.sdgs);
  const entries = charts.sdgs.map(({ value, count }) => ({ label: label('sdgs', value), count }));
  return (
    <ChartFrame
      id="tren-sdg"
      title={t('trends.sdgs.title')}
      reading={
        most === undefined || least === undefined
          ? t('trends.none')
          : t('trends.sdgs.reading', {
              most: label('sdgs', most.value),
              mostCount: most.count,
              least: label('sdgs', least.value),
              leastCount: least.count,
            })
      }
      matrix={valueCountsMatrix(charts.sdgs, [title('sdgs'), t('trends.innovations')], (value) =>
        label('sdgs', value),
      )}
      format={number}
      texts={frameTexts(context)}
    >
      {(width) => (
        <BarList
          width={width}
          label={t('trends.marks', { title: t('trends.sdgs.title') })}
          entries={entries}
          colour={okabeIto.blue}
          markName={(index) =>
            t('trends.mark', {
              label: entries[index]?.label ?? '',
              count: number(entries[index]?.count ?? 0),
            })
          }
          format={number}
        />
      )}
    </ChartFrame>
  );
}
