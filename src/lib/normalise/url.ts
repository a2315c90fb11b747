import { isBlank, toKey } from './blank.ts';
import { fail, ok, quote, type Parsed } from './parsed.ts';

/** Cells that say there is no video (`belum ada video`, `tidak tersedia`): no value, no error. */
const noVideo = /^(?:tidak|belum) (?:ada|tersedia)\b/;

const httpScheme = /^https?:\/\//i;
/** A host name at the start of a link typed without its scheme (`www.youtube.com/...`). */
const bareHost = /^[a-z\d-]+(?:\.[a-z\d-]+)+(?:[/?#:]|$)/i;

/**
 * A video link, only when it is a valid http(s) URL with a real host name; `www.youtube.com/...`
 * gets `https://`. When a cell holds several words (`Video: https://youtu.be/x`, two links),
 * the first http(s) link counts. Anything else (`javascript:`, `ftp:`, prose) fails.
 */
export function parseVideoUrl(input: unknown): Parsed<string | undefined> {
  if (isBlank(input)) return ok(undefined);
  if (typeof input !== 'string') return fail(`${quote(input)} is not a link`);
  if (noVideo.test(toKey(input))) return ok(undefined);
  const url = toUrl(candidate(input.trim()));
  return url ? ok(url.href) : fail(`${quote(input)} is not an http(s) link`);
}

// --- internal ---

function candidate(text: string): string {
  const words = text.split(/\s+/);
  return words.length === 1 ? text : (words.find((word) => httpScheme.test(word)) ?? '');
}

function toUrl(link: string): URL | undefined {
  const absolute = httpScheme.test(link)
    ? link
    : link.startsWith('//')
      ? `https:${link}`
      : bareHost.test(link)
        ? `https://${link}`
        : undefined;
  if (absolute === undefined || !URL.canParse(absolute)) return undefined;
  const url = new URL(absolute);
  const isWeb = url.protocol === 'http:' || url.protocol === 'https:';
  return isWeb && /^[a-z\d-]+(?:\.[a-z\d-]+)+$/i.test(url.hostname) ? url : undefined;
}
