import { Swatch } from './Swatch.tsx';
import type { Series } from './types.ts';

export interface LegendProps {
  label: string;
  series: readonly Series[];
  onToggle: (key: string) => void;
}

/** The series of a chart as buttons that show or hide each one (pressed = shown). */
export function Legend({ label, series, onToggle }: LegendProps) {
  return (
    <ul className="legend" aria-label={label}>
      {series.map((entry) => (
        <li key={entry.key}>
          <button
            type="button"
            className="legend__button"
            aria-pressed={!entry.hidden}
            onClick={() => {
              onToggle(entry.key);
            }}
          >
            <Swatch colour={entry.hidden ? '#ffffff' : entry.colour} />
            <span>{entry.label}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
