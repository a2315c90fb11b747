import type { Marked as MarkedText } from '../../../lib/search/ui/view.ts';

/** A text with the words the query found in `<mark>`: text nodes only, never HTML. */
export function Marked({ segments }: { segments: MarkedText }) {
  return segments.map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
  );
}
