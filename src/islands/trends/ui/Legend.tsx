import { Swatch } from './Swatch.tsx';
import type { Series } from './types.ts';

export interface LegendProps {
  label: string;
  series: readonly Series[];
  onToggle: (key: string) => void;
}

export interface LegendViewProps extends LegendProps {
  /** False without JavaScript: a key to the colours, not buttons that would do nothing. */
  interactive: boolean;
}

/** The series of a chart as buttons that show or hide each one (pressed = shown). */
export function Legend({ label, series, onToggle, interactive }: LegendViewProps) {
  return (
    <ul className="legend" aria-label={label}>
      {series.map((entry) => (
        <li key={entry.key}>
          {interactive ? (
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
          ) : (
            <span className="legend__key">
              <Swatch colour={entry.colour} />
              <span>{entry.label}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
