import {
  verifiedOfParam,
  verifiedParam,
  verifiedValues,
  verifiedWindows,
} from '../../../lib/search/ui/params.ts';
import { useSearch } from '../context.ts';
import { searchFormId } from './SearchBoxWidget.tsx';

/** "Verified within 12 / 24 months": a select of the search form, like the sort order. */
export function VerifiedWidget() {
  const { search, t } = useSearch();
  const { state } = search;
  return (
    <div className="sort-by">
      <label htmlFor="search-verified">{t('search.verified')}</label>
      <select
        id="search-verified"
        name={verifiedParam}
        form={searchFormId}
        autoComplete="off"
        value={state.verified === undefined ? '' : verifiedValues[state.verified]}
        onChange={(event) => {
          const chosen = verifiedOfParam(event.target.value);
          search.go({ ...state, verified: chosen, page: 1 });
        }}
      >
        <option value="">{t('search.verified.any')}</option>
        {verifiedWindows.map((months) => (
          <option key={months} value={verifiedValues[months]}>
            {t(months === 12 ? 'search.verified.12' : 'search.verified.24')}
          </option>
        ))}
      </select>
    </div>
  );
}
