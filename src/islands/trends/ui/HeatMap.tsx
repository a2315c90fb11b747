import { max } from 'd3';
import { countColour, inkOn } from '../colours.ts';
import { useMarks } from './mechanics/useMarks.ts';
import { legendHeight, ScaleKey, type ScaleKeyProps } from './ScaleKey.tsx';
import { charWidth, truncate } from './text.ts';
import { ChartSvg } from './ChartSvg.tsx';
import { Tooltip } from './Tooltip.tsx';
import type { NumberFormat } from './types.ts';

export interface HeatMapProps {
  width: number;
  label: string;
  rows: readonly string[];
  columns: readonly string[];
  /** `counts[row][column]`. */
  counts: readonly (readonly number[])[];
  markName: (row: number, column: number) => string;
  keyTexts: ScaleKeyProps['texts'];
  format: NumberFormat;
}

const cellHeight = 28;
const top = 22;
const labelRoom = 36;
const numberRoom = 34;

/** A grid of cells coloured by count; rows labelled at the left, columns at the top. */
export function HeatMap(props: HeatMapProps) {
  const { width, rows, columns, counts } = props;
  const marks = useMarks(rows.length * columns.length, columns.length);
  const left = Math.round(Math.min(width * 0.42, 200));
  const cellWidth = (width - left - 4) / Math.max(columns.length, 1);
  const gridBottom = top + rows.length * cellHeight;
  const height = gridBottom + 10 + legendHeight;
  const highest = max(counts.flat()) ?? 0;
  const every = Math.ceil(labelRoom / cellWidth);
  const active = marks.active;
  const at = (index: number) => ({
    row: Math.floor(index / columns.length),
    column: index % columns.length,
  });
  return (
    <ChartSvg width={width} height={height} label={props.label} onBlur={marks.onBlur}>
      <g aria-hidden="true" fontSize="12" fill="#1b1f23">
        {columns.map((column, index) =>
          index % every === 0 ? (
            <text key={column} x={left + cellWidth * (index + 0.5)} y={top - 8} textAnchor="middle">
              {column}
            </text>
          ) : null,
        )}
        {rows.map((row, index) => (
          <text key={row} x={left - 6} y={top + cellHeight * (index + 0.5) + 4} textAnchor="end">
            {truncate(row, Math.floor((left - 8) / charWidth))}
          </text>
        ))}
      </g>
      {counts.flatMap((cells, row) =>
        cells.map((count, column) => {
          const index = row * columns.length + column;
          const fill = countColour(count, highest);
          const x = left + cellWidth * column;
          const y = top + cellHeight * row;
          return (
            <g key={index}>
              <rect
                x={x}
                y={y}
                width={cellWidth - 1}
                height={cellHeight - 1}
                fill={fill}
                {...marks.markProps(index, props.markName(row, column))}
              />
              {cellWidth >= numberRoom && count > 0 ? (
                <text
                  aria-hidden="true"
                  pointerEvents="none"
                  x={x + cellWidth / 2}
                  y={y + cellHeight / 2 + 4}
                  fontSize="11"
                  textAnchor="middle"
                  fill={inkOn(fill)}
                >
                  {props.format(count)}
                </text>
              ) : null}
            </g>
          );
        }),
      )}
      <ScaleKey
        top={gridBottom + 10}
        highest={highest}
        texts={props.keyTexts}
        format={props.format}
      />
      {active === undefined ? null : (
        <Tooltip
          x={left + cellWidth * (at(active).column + 0.5)}
          y={top + cellHeight * at(active).row}
          lines={[
            rows[at(active).row] ?? '',
            `${columns[at(active).column] ?? ''}: ${props.format(counts[at(active).row]?.[at(active).column] ?? 0)}`,
          ]}
          width={width}
        />
      )}
    </ChartSvg>
  );
}
