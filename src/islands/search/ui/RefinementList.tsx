import { useId, useState } from 'react';
import { topFacetValues, wholeFacet } from '../../../lib/search/ui/params.ts';

export interface RefinementValue {
  value: string;
  label: string;
  count: string;
  selected: boolean;
}

export interface RefinementListProps {
  title: string;
  /** The URL parameter, so that without JavaScript the form submits the ticked values. */
  param: string;
  formId: string;
  values: readonly RefinementValue[];
  /** How many values the facet has, sent or not (a long facet sends its top ones). */
  total: number;
  open: boolean;
  /** Listed whole from the start (`?semua=`: the page without JavaScript asked for it). */
  expanded: boolean;
  /** Long lists (provinces, regencies) get a box that narrows them. */
  searchable: boolean;
  /** The page listing this facet whole: where "show all" goes without JavaScript. */
  allHref: string;
  /** True while the values not sent are on their way. */
  loading: boolean;
  texts: { filter: string; noMatch: string; showAll: string; showFewer: string; loading: string };
  onToggle: (value: string) => void;
  /** The narrowing box or "show all" was opened: the values not sent are wanted. */
  onOpen: () => void;
}

/** A narrowed list shows at most this many, so 514 regencies never render at once by typing. */
const narrowedList = 50;

/** One facet: a titled, collapsible group of checkboxes with counts. */
export function RefinementList(props: RefinementListProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(props.expanded);
  const [narrow, setNarrow] = useState('');
  const shown = visibleValues(props.values, narrow, expanded);
  const selectedCount = props.values.filter((value) => value.selected).length;
  return (
    <details
      className="facet"
      id={`facet-${props.param}`}
      open={props.open || props.expanded || selectedCount > 0}
    >
      <summary>
        <span>{props.title}</span>
        {selectedCount > 0 ? <span className="facet__badge">{selectedCount}</span> : null}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{props.title}</legend>
        {props.searchable ? (
          <div className="facet__narrow">
            <label htmlFor={`${id}-narrow`} className="visually-hidden">
              {props.texts.filter}
            </label>
            <input
              id={`${id}-narrow`}
              type="search"
              placeholder={props.texts.filter}
              value={narrow}
              autoComplete="off"
              onFocus={props.onOpen}
              onChange={(event) => {
                props.onOpen();
                setNarrow(event.target.value);
              }}
            />
          </div>
        ) : null}
        {shown.length === 0 && narrow !== '' ? (
          <p className="facet__none">{props.texts.noMatch}</p>
        ) : null}
        {props.loading && (narrow !== '' || expanded) ? (
          <p className="facet__none" role="status">
            {props.texts.loading}
          </p>
        ) : null}
        <ul className="facet__values" aria-busy={props.loading}>
          {shown.map((value) => (
            <li key={value.value}>
              <input
                id={`${id}-${value.value}`}
                type="checkbox"
                name={props.param}
                value={value.value}
                form={props.formId}
                autoComplete="off"
                checked={value.selected}
                onChange={() => {
                  props.onToggle(value.value);
                }}
              />
              <label htmlFor={`${id}-${value.value}`}>
                <span className="facet__label">{value.label}</span>
                <span className="facet__count">{value.count}</span>
              </label>
            </li>
          ))}
        </ul>
        {narrow === '' && props.total > wholeFacet ? (
          // A link to the page listing the facet whole, so it works without JavaScript too.
          <a
            href={props.allHref}
            role="button"
            className="facet__more"
            aria-expanded={expanded}
            onClick={(event) => {
              event.preventDefault();
              if (!expanded) props.onOpen();
              setExpanded(!expanded);
            }}
            onKeyDown={(event) => {
              if (event.key !== ' ') return;
              event.preventDefault();
              event.currentTarget.click();
            }}
          >
            {expanded ? props.texts.showFewer : props.texts.showAll}
          </a>
        ) : null}
      </fieldset>
    </details>
  );
}

// --- internal ---

function visibleValues(
  values: readonly RefinementValue[],
  narrow: string,
  expanded: boolean,
): readonly RefinementValue[] {
  const wanted = fold(narrow.trim());
  if (wanted !== '') {
    return values.filter((value) => fold(value.label).includes(wanted)).slice(0, narrowedList);
  }
  if (expanded || values.length <= wholeFacet) return values;
  return values.filter((value, index) => index < topFacetValues || value.selected);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
