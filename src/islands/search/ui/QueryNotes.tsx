import { followWith } from '../follow.ts';

/** A one-click narrowing the notes offer (the place the query named, as a filter). */
export interface QueryNoteAction {
  text: string;
  href: string;
  onFollow: () => void;
}

export interface QueryNote {
  key: string;
  text: string;
  action?: QueryNoteAction;
}

/** How the query was read: the place preferred, words translated, resolved or left out. */
export function QueryNotes({ notes }: { notes: readonly QueryNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="query-notes">
      {notes.map((note) => (
        <li key={note.key}>
          {note.text}
          {note.action === undefined ? null : (
            <>
              {' '}
              <a
                className="chip"
                href={note.action.href}
                onClick={followWith(note.action.onFollow)}
              >
                {note.action.text}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
