import { followWith } from '../follow.ts';

export interface Refinement {
  key: string;
  text: string;
  removeLabel: string;
  href: string;
  onRemove: () => void;
}

export interface CurrentRefinementsProps {
  title: string;
  refinements: readonly Refinement[];
  clearAll: { text: string; href: string; onClear: () => void };
}

/** The ticked values as removable chips, and "clear all". */
export function CurrentRefinements({ title, refinements, clearAll }: CurrentRefinementsProps) {
  if (refinements.length === 0) return null;
  return (
    <section className="refinements" aria-label={title}>
      <ul>
        {refinements.map((refinement) => (
          <li key={refinement.key}>
            <a
              className="chip"
              href={refinement.href}
              aria-label={refinement.removeLabel}
              onClick={followWith(refinement.onRemove)}
            >
              <span>{refinement.text}</span>
              <span aria-hidden="true" className="chip__x">
                ×
              </span>
            </a>
          </li>
        ))}
        <li>
          <a className="clear-all" href={clearAll.href} onClick={followWith(clearAll.onClear)}>
            {clearAll.text}
          </a>
        </li>
      </ul>
    </section>
  );
}
