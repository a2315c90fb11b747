import type { ReactNode } from 'react';

export interface ChartSvgProps {
  width: number;
  height: number;
  /** The chart's name and how to move in it. */
  label: string;
  onBlur?: () => void;
  children: ReactNode;
}

/** A chart's drawing at its box's width: a named group of marks, scaled when not measured. */
export function ChartSvg(props: ChartSvgProps) {
  return (
    <svg
      className="chart__svg"
      viewBox={`0 0 ${props.width} ${props.height}`}
      width={props.width}
      height={props.height}
      role="group"
      aria-label={props.label}
      onBlur={props.onBlur}
    >
      {props.children}
    </svg>
  );
}
