import { crossTableMatrix } from '../../../lib/trends/matrix.ts';
import { largest, largestCell } from '../../../lib/trends/readings.ts';
import type { TrendCharts } from '../../../lib/trends/view.ts';
import { useTrends } from '../context.ts';
import { ChartFrame } from '../ui/ChartFrame.tsx';
import { HeatMap } from '../ui/HeatMap.tsx';
import { frameTexts } from './frame.ts';

/** Sectors × years as a heat map. */
export function SectorYearChart({ charts }: { charts: TrendCharts }) {
  const context = useTrends();
  const { t, label, title, number } = context;
  const table = charts.sectorYear;
  const sector = (value: string) => label('sectors', value);
  const cell = largestCell(table);
  const top = largest(charts.sectors);
  return (
    <ChartFrame
      id="tren-sektor-tahun"
      title={t('trends.sectorYear.title')}
      reading={
        cell === undefined || top === undefined
          ? t('trends.none')
          : t('trends.sectorYear.reading', {
              sector: sector(cell.row),
              year: cell.column,
              count: cell.count,
              top: sector(top.value),
              topCount: top.count,
            })
      }
      matrix={crossTableMatrix(table, {
        corner: title('sectors'),
        row: sector,
        column: (value) => value,
      })}
      format={number}
      texts={frameTexts(context)}
    >
      {(width) => (
        <HeatMap
          width={width}
          label={t('trends.marks', { title: t('trends.sectorYear.title') })}
          rows={table.rows.map(sector)}
          columns={table.columns}
          counts={table.counts}
          markName={(row, column) =>
            `${sector(table.rows[row] ?? '')}, ${t('trends.mark', {
              label: table.columns[column] ?? '',
              count: number(table.counts[row]?.[column] ?? 0),
            })}`
          }
          keyTexts={{ fewer: t('trends.fewer'), more: t('trends.more') }}
          format={number}
        />
      )}
    </ChartFrame>
  );
}
