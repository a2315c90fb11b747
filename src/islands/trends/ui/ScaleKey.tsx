import { countColour } from '../colours.ts';
import type { NumberFormat } from './types.ts';

/** The room the key takes under a chart. */
export const legendHeight = 44;

const steps = 5;
const swatch = 22;

export interface ScaleKeyProps {
  top: number;
  highest: number;
  texts: { fewer: string; more: string };
  format: NumberFormat;
}

/** The key of a count colour scale: from none to the highest count, in five steps. */
export function ScaleKey(props: ScaleKeyProps) {
  return (
    <g aria-hidden="true" fontSize="12" fill="#1b1f23" transform={`translate(0,${props.top})`}>
      <text x="0" y="12">
        {props.texts.fewer} ({props.format(0)})
      </text>
      {Array.from({ length: steps }, (_, index) => (
        <rect
          key={index}
          x={index * swatch}
          y="18"
          width={swatch}
          height="12"
          fill={countColour(index === 0 ? 0 : (props.highest * index) / (steps - 1), props.highest)}
          stroke="#9aa3a8"
          strokeWidth="0.5"
        />
      ))}
      <text x={steps * swatch + 6} y="29">
        {props.texts.more} ({props.format(props.highest)})
      </text>
    </g>
  );
}
