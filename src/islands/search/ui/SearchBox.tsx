export interface SearchBoxProps {
  formId: string;
  action: string;
  value: string;
  label: string;
  placeholder: string;
  submitLabel: string;
  onChange: (value: string) => void;
  onDone: () => void;
}

/**
 * The query box, in the GET form every filter of the page belongs to: without JavaScript the
 * form reloads the page with its parameters; with it, results follow each keystroke.
 */
export function SearchBox(props: SearchBoxProps) {
  return (
    <form
      id={props.formId}
      className="search-box"
      role="search"
      action={props.action}
      method="get"
      // The URL is the state: a browser restoring old control values on back/forward or
      // reload would show filters the results do not have.
      autoComplete="off"
      onSubmit={(event) => {
        event.preventDefault();
        props.onDone();
      }}
    >
      <label htmlFor={`${props.formId}-q`}>{props.label}</label>
      <div className="search-box__row">
        <input
          id={`${props.formId}-q`}
          type="search"
          name="q"
          value={props.value}
          placeholder={props.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={200}
          onChange={(event) => {
            props.onChange(event.target.value);
          }}
          onBlur={props.onDone}
        />
        <button type="submit">{props.submitLabel}</button>
      </div>
    </form>
  );
}
