import { searchActions } from '../../../lib/search/ui/actions.ts';
import type { UnderstoodView } from '../../../lib/search/ui/view.ts';
import { useSearch, type SearchContextValue } from '../context.ts';
import { QueryNotes, type QueryNote, type QueryNoteAction } from '../ui/QueryNotes.tsx';

/** What the search understood of the query, said on the page, with the place as a filter. */
export function QueryNotesWidget() {
  const context = useSearch();
  const understood = context.results.view?.understood;
  if (understood === undefined || context.results.failed) return null;
  return <QueryNotes notes={notesOf(context, understood)} />;
}

// --- internal ---

function notesOf(context: SearchContextValue, understood: UnderstoodView): QueryNote[] {
  const { t } = context;
  const notes: QueryNote[] = [];
  const { place } = understood;
  const pairs = (rewrites: UnderstoodView['translated']) =>
    rewrites.map(({ from, to }) => `${from} → ${to}`).join(', ');
  if (place !== undefined) notes.push(placeNote(context, place));
  if (understood.translated.length > 0) {
    notes.push({
      key: 'translated',
      text: t('search.understood.translated', {
        pairs: pairs(understood.translated),
        searched: understood.searched,
      }),
    });
  }
  if (understood.senses.length > 0) {
    notes.push({
      key: 'senses',
      text: t('search.understood.senses', { pairs: pairs(understood.senses) }),
    });
  }
  if (understood.dropped.length > 0) {
    notes.push({
      key: 'dropped',
      text: t('search.understood.dropped', { words: understood.dropped.join(', ') }),
      ...(understood.offer && { action: offerAction(context, understood.offer) }),
    });
  }
  return notes;
}

function placeNote(
  { search, t, hrefOf }: SearchContextValue,
  place: NonNullable<UnderstoodView['place']>,
): QueryNote {
  const filtered = search.state.filters[place.facet].includes(place.name);
  const next = searchActions.toggle(search.state, place.facet, place.name);
  return {
    key: 'place',
    text: t('search.understood.place', { place: place.name }),
    ...(!filtered && {
      action: {
        text: t('search.understood.placeOnly', { place: place.name }),
        href: hrefOf(next),
        onFollow: () => {
          search.toggle(place.facet, place.name);
        },
      },
    }),
  };
}

/** The removal that finds the most records, when another word was dropped: one click away. */
function offerAction(
  { search, t, hrefOf }: SearchContextValue,
  offer: NonNullable<UnderstoodView['offer']>,
): QueryNoteAction {
  const next = searchActions.query(search.state, offer.q);
  return {
    text: t('search.understood.offer', { word: offer.word, count: offer.total }),
    href: hrefOf(next),
    onFollow: () => {
      search.go(next);
    },
  };
}
