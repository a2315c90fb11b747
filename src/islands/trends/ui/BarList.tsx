import { max, scaleLinear } from 'd3';
import { useState } from 'react';
import { useRovingFocus } from '../hooks/useRovingFocus.ts';
import { charWidth, truncate } from './text.ts';
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
  const [hovered, setHovered] = useState<number | undefined>(undefined);
  const roving = useRovingFocus(entries.length);
  const highest = max(entries, (entry) => entry.count) ?? 0;
  const x = scaleLinear([0, highest > 0 ? highest : 1], [0, width - countRoom]);
  const active = roving.focused ?? hovered;
  return (
    <svg
      className="chart__svg"
      viewBox={`0 0 ${width} ${entries.length * rowHeight}`}
      width={width}
      height={entries.length * rowHeight}
      role="group"
      aria-label={props.label}
      onBlur={roving.onBlur}
    >
      {entries.map((entry, index) => {
        const y = index * rowHeight;
        return (
          <g key={entry.label}>
            <rect
              className="mark"
              role="img"
              aria-label={props.markName(index)}
              x="0"
              y={y}
              width={width}
              height={rowHeight}
              fill={active === index ? '#eef2f0' : 'transparent'}
              data-active={active === index ? '' : undefined}
              onPointerEnter={() => {
                setHovered(index);
              }}
              onPointerLeave={() => {
                setHovered(undefined);
              }}
              {...roving.markProps(index)}
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
    </svg>
  );
}
