import { followWith } from '../follow.ts';

export interface PaginationProps {
  label: string;
  page: number;
  totalPages: number;
  texts: { previous: string; next: string; page: (page: number) => string };
  hrefOf: (page: number) => string;
  onPage: (page: number) => void;
}

/** Page numbers around the current one, the first and the last, with previous and next. */
export function Pagination(props: PaginationProps) {
  const { page, totalPages } = props;
  if (totalPages <= 1) return null;
  const link = (target: number, text: string, className: string, label?: string) => (
    <a
      className={className}
      href={props.hrefOf(target)}
      aria-label={label}
      aria-current={target === page && className === 'page' ? 'page' : undefined}
      onClick={followWith(() => {
        props.onPage(target);
      })}
    >
      {text}
    </a>
  );
  return (
    <nav className="pagination" aria-label={props.label}>
      <ul>
        {page > 1 ? <li>{link(page - 1, props.texts.previous, 'step')}</li> : null}
        {pageWindow(page, totalPages).map((entry, index) =>
          entry === 'gap' ? (
            <li key={`gap-${index}`} className="gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={entry}>{link(entry, String(entry), 'page', props.texts.page(entry))}</li>
          ),
        )}
        {page < totalPages ? <li>{link(page + 1, props.texts.next, 'step')}</li> : null}
      </ul>
    </nav>
  );
}

/** `1 … 4 5 6 … 50`: the first, the last, and the current page with its neighbours. */
export function pageWindow(page: number, totalPages: number): (number | 'gap')[] {
  const wanted = [1, page - 1, page, page + 1, totalPages].filter(
    (entry) => entry >= 1 && entry <= totalPages,
  );
  const pages = [...new Set(wanted)].sort((a, b) => a - b);
  return pages.flatMap((entry, index) => {
    const previous = pages[index - 1];
    if (previous === undefined || entry === previous + 1) return [entry];
    return entry === previous + 2 ? [previous + 1, entry] : ['gap' as const, entry];
  });
}
