import { replicatedParam, replicatedValue } from '../../../lib/search/ui/params.ts';
import { useSearch } from '../context.ts';
import { searchFormId } from './SearchBoxWidget.tsx';

/** "With a confirmed replication": a select of the search form, like the verified window. */
export function ReplicatedWidget() {
  const { search, t } = useSearch();
  const { state } = search;
  return (
    <div className="sort-by">
      <label htmlFor="search-replicated">{t('search.replicated')}</label>
      <select
        id="search-replicated"
        name={replicatedParam}
        form={searchFormId}
        autoComplete="off"
        value={state.replicated === true ? replicatedValue : ''}
        onChange={(event) => {
          const replicated = event.target.value === replicatedValue ? true : undefined;
          search.go({ ...state, replicated, page: 1 });
        }}
      >
        <option value="">{t('search.replicated.any')}</option>
        <option value={replicatedValue}>{t('search.replicated.yes')}</option>
      </select>
    </div>
  );
}
