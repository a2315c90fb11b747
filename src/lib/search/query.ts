import { stemText } from './stem.ts';

/**
 * The `q` to send to Meilisearch for what a person typed: the same stemming as the shadow
 * fields, so an affixed word finds every form of its root (`pelayanan perizinan` → `layan
 * izin`). Stop words are dropped; a query of stop words only becomes empty, which
 * Meilisearch treats as a placeholder search.
 */
export function stemQuery(text: string): string {
  return stemText(text);
}
