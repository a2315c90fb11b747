/** A small square of a series' colour (an SVG: the page allows no inline styles). */
export function Swatch({ colour, pattern }: { colour: string; pattern?: boolean }) {
  return (
    <svg className="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      <rect x="0.5" y="0.5" width="13" height="13" fill={colour} stroke="#1b1f23" strokeWidth="1" />
      {pattern === true ? <path d="M0 14L14 0" stroke="#1b1f23" strokeWidth="1.5" /> : null}
    </svg>
  );
}
