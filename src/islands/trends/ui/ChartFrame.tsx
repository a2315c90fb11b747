import { useRef, useSyncExternalStore, type ReactNode } from 'react';
import { csvDocument } from '../../../lib/text/csv.ts';
import type { Matrix } from '../../../lib/trends/matrix.ts';
import { saveText, svgFileText } from '../download.ts';
import { useChartWidth } from './mechanics/useChartWidth.ts';
import { DataTable, type DataTableProps } from './DataTable.tsx';
import { Legend, type LegendProps } from './Legend.tsx';
import type { NumberFormat } from './types.ts';

export interface ChartFrameProps {
  /** The chart's anchor and the stem of its downloads (`tren-tahun-klaster`). */
  id: string;
  title: string;
  /** One line: what the numbers show. */
  reading: string;
  notes?: readonly string[];
  legend?: LegendProps;
  matrix: Matrix;
  format: NumberFormat;
  rowHrefs?: DataTableProps['rowHrefs'];
  sources?: { label: string; links: readonly { href: string; text: string }[] };
  texts: { showTable: string; downloadCsv: string; downloadSvg: string };
  /** The drawing, at the width of its box. */
  children: (width: number) => ReactNode;
}

/**
 * A chart with everything around it: title, reading, legend, the drawing, its numbers as a
 * table (a disclosure that works without JavaScript) and, with JavaScript, its downloads.
 */
export function ChartFrame(props: ChartFrameProps) {
  const scripted = useScripted();
  const box = useRef<HTMLDivElement>(null);
  const width = useChartWidth(box);
  const download = (kind: 'csv' | 'svg') => {
    const svg = box.current?.querySelector('svg');
    if (kind === 'csv') saveText(`${props.id}.csv`, 'text/csv', csvDocument(props.matrix));
    else if (svg)
      saveText(
        `${props.id}.svg`,
        'image/svg+xml',
        svgFileText(svg, props.title, shownSeries(props.legend)),
      );
  };
  return (
    <section className="chart" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{props.title}</h3>
      <p className="chart__reading">{props.reading}</p>
      {props.legend ? <Legend {...props.legend} interactive={scripted} /> : null}
      <div className="chart__box" ref={box}>
        {props.children(width)}
      </div>
      {props.notes?.map((note) => (
        <p key={note} className="chart__note">
          {note}
        </p>
      ))}
      {props.sources ? (
        <p className="chart__sources">
          {props.sources.label}{' '}
          {props.sources.links.map((link, index) => (
            <span key={link.href}>
              {index > 0 ? '; ' : null}
              <a href={link.href} rel="noopener">
                {link.text}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <details className="chart__table">
        <summary>{props.texts.showTable}</summary>
        <DataTable
          caption={props.title}
          matrix={props.matrix}
          format={props.format}
          rowHrefs={props.rowHrefs}
        />
      </details>
      {scripted ? (
        <div className="chart__downloads">
          {(['csv', 'svg'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={() => {
                download(kind);
              }}
            >
              {kind === 'csv' ? props.texts.downloadCsv : props.texts.downloadSvg}
              {/* Every chart has these buttons: say whose, for a list of the page's buttons. */}
              <span className="visually-hidden">: {props.title}</span>
            </button>
          ))}
        </div>
      ) : null}
    </section>
  );
}

// --- internal ---

function shownSeries(legend: LegendProps | undefined) {
  return (legend?.series ?? []).filter((entry) => !entry.hidden);
}

/** False on the server and while hydrating, true once the island runs. */
function useScripted(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}

function noChanges(): () => void {
  return () => undefined;
}
