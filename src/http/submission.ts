import { readLimitedBody } from './body.ts';
import { failures, type HttpFailure } from './failure.ts';
import { isCrossSite } from './origin.ts';

/** The largest body a form or JSON submission may have: a registration is well under 4 KiB. */
export const BODY_LIMIT = 16 * 1024;

/** A submitted form or JSON object, as field name → value (not yet validated). */
export interface Submission {
  kind: 'form' | 'json';
  data: Record<string, unknown>;
}

export type SubmissionRead = ({ ok: true } & Submission) | { ok: false; failure: HttpFailure };

export interface SubmissionOptions {
  /** The public origin (SITE_URL), accepted as same-site besides the request's own. */
  siteUrl?: string;
  limit?: number;
}

/**
 * Reads a form (`application/x-www-form-urlencoded`) or JSON object submission, refusing, in
 * this order: a cross-site post (403), another media type or charset (415), a body over the
 * limit (413), and one that is not UTF-8, not JSON or not an object (400). A form field given
 * twice keeps its last value.
 */
export async function readSubmission(
  request: Request,
  options: SubmissionOptions = {},
): Promise<SubmissionRead> {
  if (isCrossSite(request, options.siteUrl)) return refuse(failures.crossSite);
  const kind = submissionKind(request.headers.get('content-type'));
  if (kind === undefined) return refuse(failures.mediaType);
  const body = await readLimitedBody(request, options.limit ?? BODY_LIMIT);
  if (!body.ok) return refuse(body.reason === 'too-large' ? failures.tooLarge : failures.malformed);
  const data = decode(kind, body.bytes);
  return data === undefined ? refuse(failures.malformed) : { ok: true, kind, data };
}

// --- internal ---

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

function refuse(failure: HttpFailure): SubmissionRead {
  return { ok: false, failure };
}

/** The kind of a `Content-Type`, or undefined for anything else (a charset other than UTF-8). */
function submissionKind(contentType: string | null): Submission['kind'] | undefined {
  if (contentType === null) return undefined;
  const [type = '', ...parameters] = contentType.split(';').map((part) => part.trim());
  const charset = parameters
    .map((parameter) => /^charset\s*=\s*"?([^"]*)"?$/i.exec(parameter)?.[1]?.toLowerCase())
    .find((value) => value !== undefined);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') return undefined;
  const mediaType = type.toLowerCase();
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  if (mediaType === 'application/json') return 'json';
  return undefined;
}

function decode(kind: Submission['kind'], bytes: Uint8Array): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  if (kind === 'form') return Object.fromEntries(new URLSearchParams(text));
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    // Not JSON, or nested deeper than the parser's stack.
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
