export interface ErrorStateProps {
  title: string;
  text: string;
  retryText: string;
  onRetry: () => void;
}

/** The engine cannot be reached: say so, and offer to try again (the rest of the page works). */
export function ErrorState(props: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <h3>{props.title}</h3>
      <p>{props.text}</p>
      <button type="button" onClick={props.onRetry}>
        {props.retryText}
      </button>
    </div>
  );
}
