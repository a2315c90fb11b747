import { max, scaleBand, scaleLinear, stack } from 'd3';
import { useMarks } from './mechanics/useMarks.ts';
import { ChartSvg } from './ChartSvg.tsx';
import { Tooltip } from './Tooltip.tsx';
import { YAxis } from './YAxis.tsx';
import type { NumberFormat, Series } from './types.ts';

export interface StackedBarsProps {
  width: number;
  /** The chart's name and how to move in it, for the group of marks. */
  label: string;
  /** The x axis (years), one bar each. */
  categories: readonly string[];
  series: readonly Series[];
  /** `values[category][series]`. */
  values: readonly (readonly number[])[];
  /** Text drawn where a category has no bar for a reason (`not held`). */
  notes?: Readonly<Record<number, string>>;
  /** A bar's accessible name: its category and every number. */
  markName: (category: number) => string;
  tooltipLines: (category: number) => string[];
  format: NumberFormat;
}

const height = 260;
const margin = { top: 12, right: 8, bottom: 26, left: 48 };
/** The least room a year's label needs; a narrower chart labels every second year, etc. */
const labelRoom = 38;
/** The widest a category's column gets, so one or two years do not make slabs. */
const widestStep = 80;

/** One bar per category, its segments the shown series stacked in order. */
export function StackedBars(props: StackedBarsProps) {
  const { width, categories, values } = props;
  const marks = useMarks(categories.length);
  const shown = props.series.flatMap((entry, index) => (entry.hidden ? [] : [index]));
  const layers = stack<readonly number[], number>()
    .keys(shown)
    .value((row, key) => row[key] ?? 0)(values);
  const plot = width - margin.left - margin.right;
  const used = Math.min(plot, categories.length * widestStep);
  const start = margin.left + (plot - used) / 2;
  const x = scaleBand(categories, [start, start + used]).padding(0.2);
  const top = max(layers.at(-1) ?? [], (point) => point[1]) ?? 0;
  const y = scaleLinear([0, top > 0 ? top : 1], [height - margin.bottom, margin.top]).nice();
  const every = Math.ceil(labelRoom / x.step());
  const active = marks.active;
  const bandX = (index: number) => x(categories[index] ?? '') ?? 0;
  return (
    <ChartSvg width={width} height={height} label={props.label} onBlur={marks.onBlur}>
      <YAxis scale={y} left={margin.left} right={width - margin.right} format={props.format} />
      {layers.map((layer) => {
        const entry = props.series[layer.key];
        return (
          <g
            key={layer.key}
            fill={entry?.colour}
            stroke="#ffffff"
            strokeWidth="0.75"
            aria-hidden="true"
          >
            {layer.map((point, index) => (
              <rect
                key={index}
                x={bandX(index)}
                y={y(point[1])}
                width={x.bandwidth()}
                height={Math.max(y(point[0]) - y(point[1]), 0)}
              />
            ))}
          </g>
        );
      })}
      <g aria-hidden="true" fontSize="12" fill="#1b1f23" textAnchor="middle">
        {categories.map((category, index) =>
          index % every === 0 ? (
            <text key={category} x={bandX(index) + x.bandwidth() / 2} y={height - 8}>
              {category}
            </text>
          ) : null,
        )}
        {Object.entries(props.notes ?? {}).map(([index, note]) => (
          <text
            key={index}
            x={bandX(Number(index)) + x.bandwidth() / 2}
            y={height - margin.bottom - 6}
            fontSize="11"
            fill="#4a5560"
            transform={`rotate(-90 ${bandX(Number(index)) + x.bandwidth() / 2} ${height - margin.bottom - 6})`}
            textAnchor="start"
            dy="4"
          >
            {note}
          </text>
        ))}
      </g>
      {categories.map((category, index) => (
        <rect
          key={category}
          x={bandX(index) - (x.step() - x.bandwidth()) / 2}
          y={margin.top}
          width={x.step()}
          height={height - margin.top - margin.bottom}
          fill="transparent"
          {...marks.markProps(index, props.markName(index))}
        />
      ))}
      {active === undefined ? null : (
        <Tooltip
          x={bandX(active) + x.bandwidth() / 2}
          y={y(layers.at(-1)?.[active]?.[1] ?? 0)}
          lines={props.tooltipLines(active)}
          width={width}
        />
      )}
    </ChartSvg>
  );
}
