import { escapeXml } from '../text/xml.ts';

/**
 * A message as the outbox stores it: a subject, plain text, and simple HTML made from the same
 * parts, with every interpolated value escaped and every link an http(s) URL.
 */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MailParts {
  subject: string;
  /** Paragraphs of plain text, in order, before the links. */
  paragraphs: readonly string[];
  /** Links after the paragraphs, each on a line of its own. */
  links: readonly { label: string; url: string }[];
  /** Paragraphs after the links (why the person got this, what to do if it was not them). */
  closing: readonly string[];
}

export function composeMail(parts: MailParts): ComposedMail {
  const links = parts.links.map((link) => ({ ...link, url: httpUrl(link.url) }));
  const text = [
    ...parts.paragraphs,
    ...links.map((link) => `${link.label}:\n${link.url}`),
    ...parts.closing,
  ].join('\n\n');
  const paragraph = (line: string) => `<p>${escapeXml(line).replaceAll('\n', '<br>')}</p>`;
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    ...parts.paragraphs.map(paragraph),
    ...links.map((link) => `<p><a href="${escapeXml(link.url)}">${escapeXml(link.label)}</a></p>`),
    ...parts.closing.map(paragraph),
    '</body></html>',
  ].join('\n');
  return { subject: parts.subject.replaceAll(/[\r\n]+/g, ' '), text: `${text}\n`, html };
}

// --- internal ---

function httpUrl(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error('a link in a message must be http(s)');
  }
  return url.href;
}
