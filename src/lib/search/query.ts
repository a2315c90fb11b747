import { stemText } from '../language/stem.ts';

/**
 * The `q` to send to Meilisearch for what a person typed: the same stemming as the shadow
 * fields, so an affixed word finds every form of its root (`pelayanan perizinan` → `layan
 * izin`). The trends page and the similar innovations send it; the search page, its API and
 * the downloads read the query first (`understand/`), which keeps a word as typed where its
 * stem is not in the index. A client that sends the text as typed still gets literal,
 * synonym and typo matches, not other affixed forms.
 *
 * Stop words are dropped; a query of stop words only becomes empty, which Meilisearch treats
 * as a placeholder search. A word still being typed is stemmed as it stands (`perizina` →
 * `izina`), which typo tolerance mostly rescues. Quotes and `-` (phrase and negative search)
 * are not kept. Meilisearch's highlights follow the stems (`layan` marks the start of
 * `Layanan`, nothing in `Pelayanan`); `highlightStems` marks what a reader expects.
 */
export function stemQuery(text: string): string {
  return stemText(text);
}
