import { max, scaleLinear } from 'd3';
import { useMarks } from './mechanics/useMarks.ts';
import { charWidth, truncate } from './text.ts';
import { ChartSvg } from './ChartSvg.tsx';
import { Tooltip } from './Tooltip.tsx';
import type { NumberFormat } from './types.ts';

export interface BarListProps {
  width: number;
  label: string;
  entries: readonly { label: string; count: number }[];
  colour: string;
  markName: (index: number) => string;
  format: NumberFormat;
}

const rowHeight = 36;
const barHeight = 12;
const countRoom = 56;

/** Horizontal bars, each under its label, so long labels fit a phone. */
export function BarList(props: BarListProps) {
  const { width, entries } = props;
  const marks = useMarks(entries.length);
  const highest = max(entries, (entry) => entry.count) ?? 0;
  const x = scaleLinear([0, highest > 0 ? highest : 1], [0, width - countRoom]);
  const active = marks.active;
  return (
    <ChartSvg
      width={width}
      height={entries.length * rowHeight}
      label={props.label}
      onBlur={marks.onBlur}
    >
      {entries.map((entry, index) => {
        const y = index * rowHeight;
        return (
          <g key={entry.label}>
            <rect
              x="0"
              y={y}
              width={width}
              height={rowHeight}
              fill={active === index ? '#eef2f0' : 'transparent'}
              {...marks.markProps(index, props.markName(index))}
            />
            <g aria-hidden="true" pointerEvents="none" fontSize="13" fill="#1b1f23">
              <text x="2" y={y + 14}>
                {truncate(entry.label, Math.floor(width / charWidth))}
              </text>
              <rect
                x="2"
                y={y + 19}
                width={x(entry.count)}
                height={barHeight}
                fill={props.colour}
              />
              <text x={x(entry.count) + 8} y={y + 30} fontWeight="600">
                {props.format(entry.count)}
              </text>
            </g>
          </g>
        );
      })}
      {active === undefined ? null : (
        <Tooltip
          x={x(entries[active]?.count ?? 0) / 2}
          y={active * rowHeight + 19}
          lines={[entries[active]?.label ?? '', props.format(entries[active]?.count ?? 0)]}
          width={width}
        />
      )}
    </ChartSvg>
  );
}
