import { sortNames, sortParam, sortValues } from '../../../lib/search/ui/params.ts';
import { useSearch } from '../context.ts';
import { SortBy } from '../ui/SortBy.tsx';
import { searchFormId } from './SearchBoxWidget.tsx';

export function SortByWidget() {
  const { search, t } = useSearch();
  return (
    <SortBy
      id="search-sort"
      formId={searchFormId}
      label={t('search.sort')}
      name={sortParam}
      value={search.state.sort}
      options={sortNames.map((name) => ({
        value: name,
        param: sortValues[name],
        label: t(`search.sort.${name}`),
      }))}
      onChange={search.setSort}
    />
  );
}
