export interface ResultLink {
  href: string;
  text: string;
}

export interface ResultLinksProps {
  trends: ResultLink;
  downloadsLabel: string;
  downloads: readonly (ResultLink & { type: string })[];
}

/** Beside the count: the same results as trends, and as files to download. */
export function ResultLinks(props: ResultLinksProps) {
  return (
    <div className="result-links">
      <a href={props.trends.href}>{props.trends.text}</a>
      <p>
        {props.downloadsLabel}{' '}
        {props.downloads.map((link, index) => (
          <span key={link.href}>
            {index > 0 ? ' · ' : null}
            <a href={link.href} type={link.type} download>
              {link.text}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}
