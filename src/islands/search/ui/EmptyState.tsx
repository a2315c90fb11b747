import { followWith } from '../follow.ts';

export interface EmptySuggestion {
  key: string;
  text: string;
  detail: string;
  href: string;
  onFollow: () => void;
}

export interface EmptyStateProps {
  title: string;
  queryHint: string | undefined;
  removeTitle: string;
  removals: readonly EmptySuggestion[];
  popularTitle: string;
  popular: readonly EmptySuggestion[];
}

/** No results: which filter to drop (and what that gives), and searches that find something. */
export function EmptyState(props: EmptyStateProps) {
  return (
    <div className="empty-state">
      <h3>{props.title}</h3>
      {props.queryHint === undefined ? null : <p>{props.queryHint}</p>}
      {props.removals.length > 0 ? (
        <>
          <p>{props.removeTitle}</p>
          <ul className="empty-state__removals">
            {props.removals.map((removal) => (
              <li key={removal.key}>
                <a href={removal.href} onClick={followWith(removal.onFollow)}>
                  {removal.text}
                </a>{' '}
                <span className="empty-state__detail">({removal.detail})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>{props.popularTitle}</h4>
      <ul className="empty-state__popular">
        {props.popular.map((search) => (
          <li key={search.key}>
            <a className="chip" href={search.href} onClick={followWith(search.onFollow)}>
              {search.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
