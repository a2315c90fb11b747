import type { Innovation } from '../../lib/schema/innovation.ts';
import { xmlText } from '../../lib/text/xml.ts';
import { shortSummary } from '../../lib/search/card.ts';
import { dataLicence } from './licence.ts';

/** What a feed is of: its title, its own address and the page a person would read it on. */
export interface FeedHead {
  title: string;
  /** The feed's own absolute URL (its id, and its `self` link). */
  self: string;
  /** The search page of the same search. */
  alternate: string;
  /** When the newest of its records changed; the feed's `updated`. */
  updated: string;
}

/**
 * An Atom feed (RFC 4287) of `records`: one entry per innovation, its id and link the page's
 * absolute URL, `updated` when something a reader sees last changed, its agency as author and
 * a short summary. The licence is the feed's `rights` and a `license` link.
 */
export function atomFeed(
  head: FeedHead,
  records: readonly Innovation[],
  pageUrl: (id: string) => string,
): string {
  const entries = records.map((record) => atomEntry(record, pageUrl(record.id)));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${xmlText(head.title)}</title>
  <id>${xmlText(head.self)}</id>
  <updated>${xmlText(head.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${xmlText(head.self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(head.alternate)}"/>
  <link rel="license" href="${dataLicence.url}"/>
  <rights>${xmlText(dataLicence.name)}</rights>
  <author><name>Lumbung Inovasi</name></author>
${entries.join('\n')}
</feed>
`;
}

// --- internal ---

function atomEntry(record: Innovation, url: string): string {
  return `  <entry>
    <title>${xmlText(record.title)}</title>
    <id>${xmlText(url)}</id>
    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>
    <updated>${xmlText(record.updatedAt)}</updated>
    <author><name>${xmlText(record.agency)}</name></author>
    <summary>${xmlText(shortSummary(record.summary))}</summary>
  </entry>`;
}
