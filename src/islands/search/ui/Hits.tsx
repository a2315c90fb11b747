import type { HitView } from '../../../lib/search/ui/view.ts';
import { Marked } from './Marked.tsx';

export interface HitTexts {
  href: (hit: HitView) => string;
  /** The hit's facts on one line: years, programmes, status, replication interest. */
  facts: (hit: HitView) => string[];
}

export interface HitsProps {
  hits: readonly HitView[];
  /** The number of the first hit in the whole result list (page 2 starts at 21). */
  start: number;
  texts: HitTexts;
}

export function Hits({ hits, start, texts }: HitsProps) {
  return (
    <ol className="hits" start={start}>
      {hits.map((hit) => (
        <Hit key={hit.id} hit={hit} texts={texts} />
      ))}
    </ol>
  );
}

export function Hit({ hit, texts }: { hit: HitView; texts: HitTexts }) {
  return (
    <li className="hit">
      <h3 className="hit__title">
        <a href={texts.href(hit)}>
          <Marked segments={hit.title} />
        </a>
      </h3>
      <p className="hit__agency">
        <Marked segments={hit.agency} />
        {hit.place === undefined ? null : <span className="hit__place"> · {hit.place}</span>}
      </p>
      {hit.snippet.length > 0 ? (
        <p className="hit__snippet">
          <Marked segments={hit.snippet} />
        </p>
      ) : null}
      <ul className="hit__facts">
        {texts.facts(hit).map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </li>
  );
}
