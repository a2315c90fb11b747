import type { SortName } from '../../../lib/search/ui/params.ts';

export interface SortByProps {
  id: string;
  formId: string;
  label: string;
  name: string;
  value: SortName;
  options: readonly { value: SortName; param: string; label: string }[];
  onChange: (value: SortName) => void;
}

export function SortBy(props: SortByProps) {
  return (
    <div className="sort-by">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        name={props.name}
        form={props.formId}
        autoComplete="off"
        value={props.options.find((option) => option.value === props.value)?.param}
        onChange={(event) => {
          const chosen = props.options.find((option) => option.param === event.target.value);
          if (chosen) props.onChange(chosen.value);
        }}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.param}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
