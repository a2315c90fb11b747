import { routes } from '../../../i18n/routes.ts';
import { valueCountsMatrix } from '../../../lib/trends/matrix.ts';
import { largest } from '../../../lib/trends/readings.ts';
import { provinceTiles } from '../../../lib/trends/tiles.ts';
import type { TrendCharts } from '../../../lib/trends/view.ts';
import { slugify } from '../../../lib/text/slug.ts';
import { useTrends } from '../context.ts';
import { ChartFrame } from '../ui/ChartFrame.tsx';
import { TileMap } from '../ui/TileMap.tsx';
import { frameTexts } from './frame.ts';

/** Matching innovations per province on the tile-grid map; each tile opens its province. */
export function ProvinceChart({ charts }: { charts: TrendCharts }) {
  const context = useTrends();
  const { t, title, number, locale } = context;
  const top = largest(charts.provinces);
  const counts = new Map(charts.provinces.map(({ value, count }) => [value, count]));
  // Only the 38 official provinces: a region the ingest could not resolve keeps its own text.
  const covered = provinceTiles.filter((tile) => (counts.get(tile.name) ?? 0) > 0).length;
  const official = new Set(provinceTiles.map((tile) => tile.name));
  const hrefOf = (name: string) => routes.browseBy(locale, 'province', slugify(name));
  return (
    <ChartFrame
      id="tren-provinsi"
      title={t('trends.provinces.title')}
      reading={
        top === undefined
          ? t('trends.none')
          : t('trends.provinces.reading', {
              province: top.value,
              count: top.count,
              covered,
            })
      }
      notes={[
        t('trends.provinces.note'),
        ...(charts.unrecognisedPlaces > 0
          ? [t('trends.provinces.unrecognised', { count: number(charts.unrecognisedPlaces) })]
          : []),
      ]}
      matrix={valueCountsMatrix(
        charts.provinces,
        [title('province'), t('trends.innovations')],
        (value) => value,
      )}
      rowHrefs={charts.provinces.map(({ value }) =>
        official.has(value) ? hrefOf(value) : undefined,
      )}
      format={number}
      texts={frameTexts(context)}
    >
      {(width) => (
        <TileMap
          width={width}
          label={t('trends.provinces.title')}
          counts={counts}
          hrefOf={(tile) => hrefOf(tile.name)}
          markName={(tile, count) => t('trends.mark', { label: tile.name, count: number(count) })}
          texts={{ fewer: t('trends.fewer'), more: t('trends.more') }}
          format={number}
        />
      )}
    </ChartFrame>
  );
}
