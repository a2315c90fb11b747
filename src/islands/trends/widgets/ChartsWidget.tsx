import { routes } from '../../../i18n/routes.ts';
import { searchQueryString } from '../../../lib/search/ui/params.ts';
import type { KippRegistration } from '../../../lib/trends/kipp.ts';
import type { TrendsView } from '../../../lib/trends/view.ts';
import { useSearch } from '../../search/context.ts';
import type { FetchedView } from '../../search/hooks/useSearchResults.ts';
import { ErrorState } from '../../search/ui/ErrorState.tsx';
import { Stats } from '../../search/ui/Stats.tsx';
import { CurrentRefinementsWidget } from '../../search/widgets/CurrentRefinementsWidget.tsx';
import { resultsHeadingId } from '../../search/widgets/ResultsWidget.tsx';
import { useTrends } from '../context.ts';
import { KippChart } from './KippChart.tsx';
import { ReplicationChart } from './ReplicationChart.tsx';
import type { ReplicationStats } from '../../../lib/replication/stats.ts';
import { ProvinceChart } from './ProvinceChart.tsx';
import { SdgChart } from './SdgChart.tsx';
import { SectorYearChart } from './SectorYearChart.tsx';
import { SurvivalChart } from './SurvivalChart.tsx';
import { StatusChart, YearClusterChart, YearProgrammeChart } from './YearCharts.tsx';

export interface ChartsWidgetProps {
  trends: FetchedView<TrendsView>;
  kipp: readonly KippRegistration[];
  /** Confirmed replications per year and the median time (undefined: the store was away). */
  replications: ReplicationStats | undefined;
}

/** The charts column: how many match, the way back to search, every chart. */
export function ChartsWidget({ trends, kipp, replications }: ChartsWidgetProps) {
  const { t, number, locale } = useTrends();
  const { search } = useSearch();
  const view = trends.view;
  const charts = trends.failed ? undefined : view?.charts;
  const query = view?.state.q ?? '';
  return (
    <section className="charts" aria-labelledby={resultsHeadingId} aria-busy={trends.loading}>
      <h2 id={resultsHeadingId} className="visually-hidden" tabIndex={-1}>
        {t('trends.charts')}
      </h2>
      <div className="charts__bar">
        <Stats
          text={
            charts === undefined
              ? ''
              : query === ''
                ? t('trends.count', { count: number(charts.total) })
                : t('trends.countFor', { count: number(charts.total), q: query })
          }
          loadingText={t('trends.loading')}
          loading={trends.loading}
        />
        <a href={routes.search(locale, searchQueryString(search.state))}>{t('trends.toSearch')}</a>
      </div>
      <CurrentRefinementsWidget />
      {charts === undefined ? (
        <ErrorState
          title={t('trends.error.title')}
          text={t('trends.error.text')}
          retryText={t('trends.error.retry')}
          onRetry={trends.retry}
        />
      ) : (
        <div className="charts__list" data-loading={trends.loading}>
          <YearClusterChart charts={charts} />
          <YearProgrammeChart charts={charts} />
          <SectorYearChart charts={charts} />
          <SdgChart charts={charts} />
          <StatusChart charts={charts} />
          <SurvivalChart survival={charts.survival} />
          <ProvinceChart charts={charts} />
        </div>
      )}
      {replications && <ReplicationChart stats={replications} />}
      <KippChart rows={kipp} />
    </section>
  );
}
