import type { KippMeasure, KippRegistration } from '../../../lib/trends/kipp.ts';
import { largest } from '../../../lib/trends/readings.ts';
import { seriesColours } from '../colours.ts';
import { useTrends } from '../context.ts';
import { StackedChart } from './StackedChart.tsx';

const measures = ['registered', 'passed-administrative-selection'] as const;

/** KIPP's own registration figures per year: context that does not follow the filters. */
export function KippChart({ rows }: { rows: readonly KippRegistration[] }) {
  const { t, title } = useTrends();
  const measureName = (measure: KippMeasure) => t(`trends.kipp.measure.${measure}`);
  // The peak of registrations only: another year's figure counts something else.
  const peak = largest(
    rows
      .filter((row) => row.measure === 'registered')
      .map((row) => ({ value: String(row.year), count: row.count ?? 0 })),
  );
  const notHeld = Object.fromEntries(
    rows.flatMap((row, index) =>
      row.measure === 'not-held' ? [[index, t('trends.kipp.notHeld')]] : [],
    ),
  );
  const sources = [...new Map(rows.map((row) => [row.source, row.publisher])).entries()];
  return (
    <StackedChart
      id="tren-pendaftaran-kipp"
      title={t('trends.kipp.title')}
      reading={
        peak === undefined ? '' : t('trends.kipp.reading', { year: peak.value, count: peak.count })
      }
      notes={[t('trends.kipp.different')]}
      table={{
        rows: rows.map((row) => String(row.year)),
        columns: [...measures],
        counts: rows.map((row) =>
          measures.map((measure) => (row.measure === measure ? (row.count ?? 0) : 0)),
        ),
      }}
      corner={title('years')}
      seriesLabel={(key) => measureName(key as KippMeasure)}
      colours={seriesColours.kipp}
      barNotes={notHeld}
      matrix={[
        [title('years'), t('trends.total'), t('trends.kipp.measure')],
        ...rows.map((row) => [String(row.year), row.count ?? '', measureName(row.measure)]),
      ]}
      sources={{
        label: t('trends.kipp.sources'),
        links: sources.map(([href, text]) => ({ href, text })),
      }}
    />
  );
}
