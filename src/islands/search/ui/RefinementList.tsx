import { useId, useState } from 'react';

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
  open: boolean;
  /** Long lists (provinces, regencies) get a box that narrows them. */
  searchable: boolean;
  texts: { filter: string; noMatch: string; showAll: string; showFewer: string };
  onToggle: (value: string) => void;
}

/** Values shown before "show all" in a long list; selected values are always shown. */
const shortList = 6;
/** A list this short is shown whole (the years of the programmes, the statuses). */
const wholeList = 12;
/** A narrowed list shows at most this many, so 514 regencies never render at once by typing. */
const narrowedList = 50;

/** One facet: a titled, collapsible group of checkboxes with counts. */
export function RefinementList(props: RefinementListProps) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const [narrow, setNarrow] = useState('');
  const shown = visibleValues(props.values, narrow, expanded);
  const selectedCount = props.values.filter((value) => value.selected).length;
  return (
    <details className="facet" open={props.open || selectedCount > 0}>
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
              onChange={(event) => {
                setNarrow(event.target.value);
              }}
            />
          </div>
        ) : null}
        {shown.length === 0 && narrow !== '' ? (
          <p className="facet__none">{props.texts.noMatch}</p>
        ) : null}
        <ul className="facet__values">
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
        {narrow === '' && props.values.length > wholeList ? (
          <button
            type="button"
            className="facet__more"
            aria-expanded={expanded}
            onClick={() => {
              setExpanded(!expanded);
            }}
          >
            {expanded ? props.texts.showFewer : props.texts.showAll}
          </button>
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
  if (expanded || values.length <= wholeList) return values;
  return values.filter((value, index) => index < shortList || value.selected);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
