export interface TooltipProps {
  /** The point it points at, in the chart's coordinates. */
  x: number;
  y: number;
  lines: readonly string[];
  /** The chart's width, so the tooltip stays inside it. */
  width: number;
}

const lineHeight = 17;
const padding = 8;
/** Upper bounds of a character's width at 13 px (the first line is bold), so the box fits. */
const charWidth = 7.4;
const boldWidth = 8.2;

/**
 * The numbers of the mark under the pointer or with focus, drawn in the SVG itself (the page
 * allows no inline styles to place an HTML box). Marked transient: not part of a download.
 */
export function Tooltip({ x, y, lines, width }: TooltipProps) {
  const boxWidth =
    Math.max(...lines.map((line, index) => line.length * (index === 0 ? boldWidth : charWidth))) +
    2 * padding;
  const boxHeight = lines.length * lineHeight + padding;
  const left = Math.min(Math.max(x - boxWidth / 2, 0), Math.max(width - boxWidth, 0));
  const top = y - boxHeight - 6 >= 0 ? y - boxHeight - 6 : y + 6;
  return (
    <g
      className="tooltip"
      data-transient=""
      aria-hidden="true"
      pointerEvents="none"
      transform={`translate(${left},${top})`}
    >
      <rect width={boxWidth} height={boxHeight} rx="4" fill="#ffffff" stroke="#1b1f23" />
      {lines.map((line, index) => (
        <text
          key={index}
          x={padding}
          y={padding + lineHeight * index + 10}
          fontSize="13"
          fontWeight={index === 0 ? 700 : 400}
          fill="#1b1f23"
        >
          {line}
        </text>
      ))}
    </g>
  );
}
