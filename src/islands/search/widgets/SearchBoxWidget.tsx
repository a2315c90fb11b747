import { useSearch } from '../context.ts';
import { SearchBox } from '../ui/SearchBox.tsx';

export const searchFormId = 'search-form';

export function SearchBoxWidget() {
  const { search, t, formAction } = useSearch();
  return (
    <SearchBox
      formId={searchFormId}
      action={formAction}
      value={search.state.q}
      label={t('search.label')}
      placeholder={t('search.placeholder')}
      submitLabel={t('search.submit')}
      onChange={search.setQuery}
      onDone={search.endTyping}
    />
  );
}
