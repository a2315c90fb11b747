import { readLimitedBody } from './body.ts';
import { failure, failures, type HttpFailure } from './failure.ts';
import { isCrossSite } from './origin.ts';

/** A file of a form post: the name its sender gave it (for display only) and its bytes. */
export interface FormFile {
  field: string;
  name: string;
  bytes: Uint8Array;
}

export type MultipartRead =
  | { ok: true; fields: Record<string, string>; files: FormFile[] }
  | { ok: false; failure: HttpFailure };

/** Room for the form's own fields and the parts' headers, besides the files' bytes. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Reads a `multipart/form-data` post with several files, whole, of at most `limit` bytes of
 * files (the admin area's ingest uploads; one streamed document is `multipart.ts`), refusing,
 * in this order:
 * a cross-site post (403), another media type (415), a body over the limit (413, cancelled as
 * soon as it grows past it), and one that is not a well-formed form (400). File inputs left
 * empty are dropped; a text field given twice keeps its last value.
 */
export async function readMultipart(
  request: Request,
  options: { siteUrl?: string; limit: number },
): Promise<MultipartRead> {
  if (isCrossSite(request, options.siteUrl)) return { ok: false, failure: failures.crossSite };
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;\s*boundary=/i.test(contentType)) {
    return { ok: false, failure: multipartOnly };
  }
  const body = await readLimitedBody(request, options.limit + FORM_OVERHEAD);
  if (!body.ok) {
    return {
      ok: false,
      failure: body.reason === 'too-large' ? failures.tooLarge : failures.malformed,
    };
  }
  let form: FormData;
  try {
    form = await new Response(body.bytes, {
      headers: { 'content-type': contentType },
    }).formData();
  } catch {
    return { ok: false, failure: failures.malformed };
  }
  const fields: Record<string, string> = {};
  const files: FormFile[] = [];
  for (const [field, value] of form) {
    if (typeof value === 'string') fields[field] = value;
    else if (value.size > 0 || value.name !== '') {
      files.push({ field, name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  return { ok: true, fields, files };
}

// --- internal ---

const multipartOnly = failure('unsupported-media-type', {
  headers: { Accept: 'multipart/form-data' },
});
