import { searchActions } from '../../../lib/search/ui/actions.ts';
import { facetOrder } from '../../../lib/search/ui/params.ts';
import { useSearch } from '../context.ts';
import { labelOf } from '../messages.ts';
import { CurrentRefinements, type Refinement } from '../ui/CurrentRefinements.tsx';

export function CurrentRefinementsWidget() {
  const { search, t, labels, hrefOf } = useSearch();
  const { state } = search;
  const refinements: Refinement[] = facetOrder.flatMap((facet) =>
    state.filters[facet].map((value) => {
      const text = `${labels.titles[facet]}: ${labelOf(labels, facet, value)}`;
      return {
        key: `${facet}=${value}`,
        text,
        removeLabel: t('search.remove', {
          facet: labels.titles[facet],
          value: labelOf(labels, facet, value),
        }),
        href: hrefOf(searchActions.toggle(state, facet, value)),
        onRemove: () => {
          search.toggle(facet, value);
        },
      };
    }),
  );
  return (
    <CurrentRefinements
      title={t('search.active')}
      refinements={refinements}
      clearAll={{
        text: t('search.clearAll'),
        href: hrefOf(searchActions.clearFilters(state)),
        onClear: search.clearFilters,
      }}
    />
  );
}
