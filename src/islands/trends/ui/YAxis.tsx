import type { ScaleLinear } from 'd3';
import type { NumberFormat } from './types.ts';

export interface YAxisProps {
  scale: ScaleLinear<number, number>;
  left: number;
  right: number;
  format: NumberFormat;
}

/** Gridlines at a few round counts, labelled at the left. */
export function YAxis({ scale, left, right, format }: YAxisProps) {
  return (
    <g aria-hidden="true" fontSize="12" fill="#4a5560">
      {scale
        .ticks(4)
        .filter((tick) => Number.isInteger(tick))
        .map((tick) => (
          <g key={tick} transform={`translate(0,${scale(tick)})`}>
            <line x1={left} x2={right} stroke={tick === 0 ? '#4a5560' : '#d9e0dc'} />
            <text x={left - 6} dy="4" textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
    </g>
  );
}
