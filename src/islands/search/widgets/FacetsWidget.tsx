import { Fragment, useState } from 'react';
import { activeFilterCount } from '../../../lib/search/ui/actions.ts';
import type { FacetName } from '../../../lib/index/facets.ts';
import { completeFacetParam, facetParams } from '../../../lib/search/ui/params.ts';
import type { FacetView } from '../../../lib/search/ui/view.ts';
import { useSearch } from '../context.ts';
import { useFacetValues } from '../hooks/useFacetValues.ts';
import { labelOf } from '../messages.ts';
import { RefinementList, type RefinementValue } from '../ui/RefinementList.tsx';
import { resultsBodyId, resultsHeadingId } from './ResultsWidget.tsx';
import { searchFormId } from './SearchBoxWidget.tsx';

/** Facets open at first: the ones people filter on most. */
const openAtFirst = new Set(['programmes', 'years', 'province', 'sectors']);
/** Lists long enough to need a box that narrows them. */
const searchableFrom = 20;

/**
 * Every facet; on a narrow screen a panel behind a "Filters (n)" button, beside the results
 * from 60rem. Its submit button sends the form without JavaScript and closes the panel with it.
 * A long facet shows the top values its answer sent until a person opens it, which fetches the
 * rest; `complete` is the facet the page was asked to list whole (`?semua=`).
 */
export function FacetsWidget({ complete }: { complete?: FacetName | undefined }) {
  const { search, results, t, labels, locale, hrefOf } = useSearch();
  const [open, setOpen] = useState(false);
  const more = useFacetValues(results.view, complete);
  const count = activeFilterCount(search.state);
  const numbers = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');
  const allHref = (facet: FacetName): string => {
    const [path = '', query = ''] = hrefOf(search.state).split('?');
    const params = new URLSearchParams(query);
    params.set(completeFacetParam, facetParams[facet]);
    return `${path}?${params.toString()}#facet-${facetParams[facet]}`;
  };
  const valuesOf = (facet: FacetView): RefinementValue[] =>
    more.valuesOf(facet).map((entry) => ({
      value: entry.value,
      label: labelOf(labels, facet.name, entry.value),
      count: numbers.format(entry.count),
      selected: search.state.filters[facet.name].includes(entry.value),
    }));
  /**
   * The panel closes over the results: show them from their count and active filters, and
   * put the keyboard before the first of them.
   */
  const showResults = () => {
    setOpen(false);
    document.getElementById(resultsBodyId)?.focus({ preventScroll: true });
    document.getElementById(resultsHeadingId)?.closest('section')?.scrollIntoView();
  };
  if (results.view === null) return null;
  const unrecognised = results.view.unrecognisedPlaces;
  return (
    <div className="facets-area">
      {/* A link to the panel, so that without JavaScript `:target` opens it on a phone; with
          JavaScript it is a disclosure button. */}
      <a
        href="#search-facets"
        role="button"
        className="facets-toggle"
        aria-expanded={open}
        aria-controls="search-facets"
        onClick={(event) => {
          event.preventDefault();
          setOpen(!open);
        }}
        onKeyDown={(event) => {
          if (event.key !== ' ') return;
          event.preventDefault();
          setOpen(!open);
        }}
      >
        {count > 0 ? t('search.filtersCount', { count }) : t('search.filters')}
      </a>
      <div
        id="search-facets"
        className="facets"
        data-open={open}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) showResults();
        }}
      >
        <div className="facets__head">
          <h2 className="facets__title">{t('search.filters')}</h2>
          {/* Without JavaScript a link away from the panel's `:target` closes it. */}
          <a
            href={`#${resultsBodyId}`}
            role="button"
            className="facets__close"
            onClick={(event) => {
              event.preventDefault();
              showResults();
            }}
          >
            {t('search.closeFilters')}
          </a>
        </div>
        {results.view.facets
          .filter((facet) => facet.values.length > 0)
          .map((facet) => (
            <Fragment key={facet.name}>
              <RefinementList
                title={labels.titles[facet.name]}
                param={facetParams[facet.name]}
                formId={searchFormId}
                values={valuesOf(facet)}
                total={facet.values.length + facet.hidden}
                open={openAtFirst.has(facet.name)}
                expanded={facet.name === complete}
                searchable={facet.values.length + facet.hidden >= searchableFrom}
                allHref={allHref(facet.name)}
                loading={more.loading(facet.name)}
                texts={{
                  filter: t('search.filterValues', { facet: labels.titles[facet.name] }),
                  noMatch: t('search.noMatchingValues'),
                  showAll: t('search.showAll', { count: facet.values.length + facet.hidden }),
                  showFewer: t('search.showFewer'),
                  loading: t('search.loadingValues'),
                }}
                onToggle={(value) => {
                  search.toggle(facet.name, value);
                }}
                onOpen={() => {
                  more.open(facet.name);
                }}
              />
              {facet.name === 'province' && unrecognised > 0 && (
                <p className="facets__note">
                  {t('search.unrecognisedPlaces', {
                    count: numbers.format(unrecognised),
                  })}
                </p>
              )}
            </Fragment>
          ))}
        <button
          type="submit"
          form={searchFormId}
          className="facets__apply"
          onClick={(event) => {
            event.preventDefault();
            showResults();
          }}
        >
          {t('search.showCount', { count: results.view.total })}
        </button>
      </div>
    </div>
  );
}
