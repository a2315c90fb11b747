export interface StatsProps {
  text: string;
  loadingText: string;
  loading: boolean;
}

/** The number of results, announced politely when it changes. */
export function Stats({ text, loadingText, loading }: StatsProps) {
  return (
    <p className="search-stats" role="status">
      {text}
      {loading ? <span className="visually-hidden"> {loadingText}</span> : null}
    </p>
  );
}
