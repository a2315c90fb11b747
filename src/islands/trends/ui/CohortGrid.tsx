import { scaleLinear } from 'd3';
import { useMarks } from './mechanics/useMarks.ts';
import { ChartSvg } from './ChartSvg.tsx';
import { Tooltip } from './Tooltip.tsx';
import type { Series } from './types.ts';

/** One cell: its whole and each series' part of it (in the order of `series`). */
export interface CohortCell {
  whole: number;
  parts: readonly number[];
}

export interface CohortGridProps {
  width: number;
  /** The chart's name and how to move in it. */
  label: string;
  /** The rows' labels (award years), top to bottom. */
  rows: readonly string[];
  /** The columns' labels (years after the award), left to right. */
  columns: readonly string[];
  /** What the columns count, written over them. */
  columnsTitle: string;
  /** `cells[row][column]`; undefined where the row has not reached that column yet. */
  cells: readonly (readonly (CohortCell | undefined)[])[];
  /** Stacked from the bottom up, in this order. */
  series: readonly Series[];
  /** The text under a bar when there is room (the first series' share). */
  caption: (row: number, column: number) => string;
  markName: (row: number, column: number) => string;
  tooltipLines: (row: number, column: number) => string[];
}

const top = 40;
const rowGap = 6;
const labelRoom = 44;
/** Cells at least this wide have room for a caption under their bar. */
const captionRoom = 30;
/** The widest a cell gets, so a few columns do not make slabs. */
const widestCell = 72;

/**
 * A grid of 100% stacked bars: a row per cohort, a column per year after its start, each bar
 * the cohort's parts at that point. Cells a row has not reached stay empty (a triangle).
 */
export function CohortGrid(props: CohortGridProps) {
  const { width, rows, columns, cells, series } = props;
  const marks = useMarks(rows.length * columns.length, columns.length);
  const step = Math.min((width - labelRoom - 4) / Math.max(columns.length, 1), widestCell);
  const captioned = step >= captionRoom;
  const barHeight = captioned ? 30 : 24;
  const rowHeight = barHeight + rowGap + (captioned ? 14 : 0);
  const height = top + rows.length * rowHeight;
  const barWidth = Math.max(step - 4, 2);
  const x = (column: number) => labelRoom + step * column;
  const y = (row: number) => top + rowHeight * row;
  const active = marks.active;
  return (
    <ChartSvg width={width} height={height} label={props.label} onBlur={marks.onBlur}>
      <g aria-hidden="true" fontSize="12" fill="#1b1f23">
        <text x={labelRoom} y={12}>
          {props.columnsTitle} →
        </text>
        {columns.map((column, index) => (
          <text key={column} x={x(index) + step / 2} y={top - 8} textAnchor="middle">
            {column}
          </text>
        ))}
        {rows.map((row, index) => (
          <text key={row} x={labelRoom - 6} y={y(index) + barHeight / 2 + 4} textAnchor="end">
            {row}
          </text>
        ))}
      </g>
      {cells.flatMap((cellsOfRow, row) =>
        columns.map((_, column) => {
          const index = row * columns.length + column;
          const cell = cellsOfRow[column];
          return (
            <g key={index}>
              {cell === undefined ? null : (
                <Bar
                  cell={cell}
                  series={series}
                  x={x(column) + 2}
                  y={y(row)}
                  width={barWidth}
                  height={barHeight}
                />
              )}
              {cell !== undefined && captioned ? (
                <text
                  aria-hidden="true"
                  x={x(column) + step / 2}
                  y={y(row) + barHeight + 12}
                  fontSize="11"
                  textAnchor="middle"
                  fill="#1b1f23"
                >
                  {props.caption(row, column)}
                </text>
              ) : null}
              <rect
                x={x(column)}
                y={y(row)}
                width={step}
                height={barHeight}
                fill="transparent"
                {...marks.markProps(index, props.markName(row, column))}
              />
            </g>
          );
        }),
      )}
      {active === undefined ? null : (
        <Tooltip
          x={x(active % columns.length) + step / 2}
          y={y(Math.floor(active / columns.length))}
          lines={props.tooltipLines(Math.floor(active / columns.length), active % columns.length)}
          width={width}
        />
      )}
    </ChartSvg>
  );
}

// --- internal ---

interface BarProps {
  cell: CohortCell;
  series: readonly Series[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One cell's bar: the shown series stacked from the bottom, on a light ground for the whole. */
function Bar({ cell, series, x, y, width, height }: BarProps) {
  const scale = scaleLinear([0, cell.whole > 0 ? cell.whole : 1], [0, height]);
  const sizes = series.map((entry, index) => (entry.hidden ? 0 : scale(cell.parts[index] ?? 0)));
  // Each segment's top: the bar's foot less its own size and those stacked below it.
  const tops = sizes.map(
    (_, index) => y + height - sizes.slice(0, index + 1).reduce((sum, size) => sum + size, 0),
  );
  return (
    <g aria-hidden="true">
      <rect x={x} y={y} width={width} height={height} fill="#f1f3f2" />
      {series.map((entry, index) => {
        const size = sizes[index] ?? 0;
        return size > 0 ? (
          <rect
            key={entry.key}
            x={x}
            y={tops[index]}
            width={width}
            height={size}
            fill={entry.colour}
            stroke="#ffffff"
            strokeWidth="0.5"
          />
        ) : null;
      })}
    </g>
  );
}
