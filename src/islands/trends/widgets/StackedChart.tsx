import { useState } from 'react';
import { crossTableMatrix, type Matrix } from '../../../lib/trends/matrix.ts';
import type { CrossTable } from '../../../lib/trends/view.ts';
import { useTrends } from '../context.ts';
import { ChartFrame, type ChartFrameProps } from '../ui/ChartFrame.tsx';
import { StackedBars } from '../ui/StackedBars.tsx';
import type { Series } from '../ui/types.ts';
import { frameTexts } from './frame.ts';

export interface StackedChartProps {
  id: string;
  title: string;
  reading: string;
  notes?: readonly string[];
  /** Rows are the bars (years), columns the series. */
  table: CrossTable;
  /** What the rows are (`Tahun`): the first column of the table. */
  corner: string;
  seriesLabel: (key: string) => string;
  colours: Readonly<Record<string, string>>;
  /** Each bar's own total, when it is not the sum of its series (or to show it in the table). */
  totals?: readonly number[];
  /** Text in place of a bar that is missing for a reason, by row. */
  barNotes?: Readonly<Record<number, string>>;
  /** The table view and CSV, when they say more than the counts (the KIPP measures). */
  matrix?: Matrix;
  sources?: ChartFrameProps['sources'];
}

/** A cross table as stacked bars, with series toggles, its table and its downloads. */
export function StackedChart(props: StackedChartProps) {
  const context = useTrends();
  const { t, number } = context;
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const { table } = props;
  const series: Series[] = table.columns.map((key) => ({
    key,
    label: props.seriesLabel(key),
    colour: props.colours[key] ?? '#000000',
    hidden: hidden.has(key),
  }));
  const totalOf = (row: number) =>
    props.totals?.[row] ?? (table.counts[row] ?? []).reduce((sum, count) => sum + count, 0);
  const parts = (row: number) =>
    series.flatMap((entry, column) => {
      const count = table.counts[row]?.[column] ?? 0;
      return entry.hidden || count === 0 ? [] : [`${entry.label}: ${number(count)}`];
    });
  const heading = (row: number) =>
    t('trends.mark', { label: table.rows[row] ?? '', count: number(totalOf(row)) });
  return (
    <ChartFrame
      id={props.id}
      title={props.title}
      reading={props.reading}
      notes={props.notes}
      legend={{
        label: t('trends.legend'),
        series,
        onToggle: (key) => {
          const next = new Set(hidden);
          if (!next.delete(key)) next.add(key);
          setHidden(next);
        },
      }}
      sources={props.sources}
      matrix={
        props.matrix ??
        withTotals(
          crossTableMatrix(table, {
            corner: props.corner,
            row: (value) => value,
            column: props.seriesLabel,
          }),
          t('trends.total'),
          props.totals,
        )
      }
      format={number}
      texts={frameTexts(context)}
    >
      {(width) => (
        <StackedBars
          width={width}
          label={t('trends.marks', { title: props.title })}
          categories={table.rows}
          series={series}
          values={table.counts}
          notes={props.barNotes}
          markName={(row) => [heading(row), ...parts(row)].join('; ')}
          tooltipLines={(row) => [heading(row), ...parts(row)]}
          format={number}
        />
      )}
    </ChartFrame>
  );
}

// --- internal ---

function withTotals(matrix: Matrix, title: string, totals: readonly number[] | undefined): Matrix {
  if (totals === undefined) return matrix;
  return matrix.map((row, index) => [...row, index === 0 ? title : (totals[index - 1] ?? 0)]);
}
