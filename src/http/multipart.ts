import busboy from 'busboy';
import type { MessageKey } from '../i18n/t.ts';
import { failure, failures, type HttpFailure } from './failure.ts';
import type { GuardContext } from './guard.ts';
import type { RequestContext } from './limits.ts';
import { isCrossSite } from './origin.ts';

/** One uploaded file, read whole (within its limit) but not yet checked for what it holds. */
export interface UploadedFile {
  /** The form field it came in. */
  field: string;
  /** The name the browser gave it, checked: no path separator, no control character. */
  filename: string;
  bytes: Uint8Array;
}

export type MultipartRead =
  | { ok: true; fields: Record<string, string>; file: UploadedFile | undefined }
  | { ok: false; failure: HttpFailure };

export interface MultipartLimits {
  /** The most bytes one file may have. */
  fileBytes: number;
  /** The most bytes the whole body may have (the file, the fields and the multipart framing). */
  bodyBytes: number;
}

/**
 * A form post with one file (`multipart/form-data`), as `acceptSubmission` is for other forms:
 * a cross-site post is refused first, then the client's `write` allowance is taken, then the
 * body is read within its limits (`readMultipart`).
 */
export async function acceptUpload(
  context: RequestContext,
  guard: GuardContext,
  limits: MultipartLimits,
): Promise<MultipartRead> {
  if (isCrossSite(context.request, guard.config.SITE_URL)) {
    return { ok: false, failure: failures.crossSite };
  }
  const limited = await guard.limits.take(context, 'write');
  if (limited !== undefined) return { ok: false, failure: limited };
  return readMultipart(context.request, limits);
}

/**
 * Reads a `multipart/form-data` body with busboy, streamed: a declared length over the limit
 * is refused before reading (413), and the body stops being read the moment a file passes its
 * limit or the body passes its own (413), so a client never makes the server hold more. Refused
 * besides, with a field message where it helps: another media type (415), a second file, a
 * file name holding a path or a control character, too many or too long fields (400), and a
 * body that is not well-formed multipart or ends early (400).
 */
export async function readMultipart(
  request: Request,
  limits: MultipartLimits,
): Promise<MultipartRead> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return refuse(uploadMediaType);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (Number.isFinite(declared) && declared > limits.bodyBytes) return refuse(fileTooLarge);
  if (request.body === null) return refuse(failures.malformed);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      preservePath: true,
      defParamCharset: 'utf8',
      limits: {
        fileSize: limits.fileBytes,
        files: 1,
        fields: 40,
        fieldSize: 8 * 1024,
        fieldNameSize: 100,
        parts: 42,
      },
    });
  } catch {
    // No boundary, or one busboy cannot read.
    return refuse(failures.malformed);
  }
  return parse(parser, request.body.getReader(), limits.bodyBytes);
}

/** The field that carries a document in every upload form. */
export const FILE_FIELD = 'dokumen';

/** A refusal about the file, said at its field. */
export function fileFailure(
  code: 'invalid' | 'too-large' | 'unsupported-media-type',
  message: MessageKey,
): HttpFailure {
  return failure(code, { fields: { [FILE_FIELD]: message } });
}

// --- internal ---

const fileTooLarge = fileFailure('too-large', 'replication.upload.tooLarge');
const uploadMediaType = failure('unsupported-media-type', {
  headers: { Accept: 'multipart/form-data' },
});
const badName = fileFailure('invalid', 'replication.upload.name');
const oneFile = fileFailure('invalid', 'replication.upload.oneFile');

function refuse(refusal: HttpFailure): MultipartRead {
  return { ok: false, failure: refusal };
}

/** True for a name with a path in it, a control character, or none at all. */
function isBadName(name: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  return name.length > 200 || /[/\\\u0000-\u001f\u007f-\u009f]/.test(name) || /^\.+$/.test(name);
}

/**
 * Feeds the body to busboy chunk by chunk (waiting when it asks to), collecting the fields and
 * the one file; the first refusal stops reading and cancels the body.
 */
async function parse(
  parser: busboy.Busboy,
  reader: ReadableStreamDefaultReader<Uint8Array>,
  bodyLimit: number,
): Promise<MultipartRead> {
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  let refusal: HttpFailure | undefined;
  const stop = (reason: HttpFailure) => {
    refusal ??= reason;
  };
  parser.on('field', (name, value, info) => {
    if (info.nameTruncated || info.valueTruncated) stop(failures.tooLarge);
    else fields[name] = value;
  });
  parser.on('file', (field, stream, info) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    stream.on('data', (chunk: Uint8Array) => {
      size += chunk.byteLength;
      chunks.push(chunk);
    });
    stream.on('limit', () => {
      stop(fileTooLarge);
    });
    // A body that ends inside the file fails the file's stream too: the parser's error says it.
    stream.on('error', () => undefined);
    stream.on('end', () => {
      // A file input left empty is sent as a part with no name and no bytes: no file.
      if (info.filename === undefined || (info.filename === '' && size === 0)) return;
      if (isBadName(info.filename)) stop(badName);
      else if (file !== undefined) stop(oneFile);
      else file = { field, filename: info.filename, bytes: Buffer.concat(chunks, size) };
    });
  });
  parser.on('filesLimit', () => {
    stop(oneFile);
  });
  parser.on('fieldsLimit', () => {
    stop(failures.tooLarge);
  });
  parser.on('partsLimit', () => {
    stop(failures.tooLarge);
  });
  let broken = false;
  const finished = new Promise<boolean>((resolve) => {
    parser.on('close', () => {
      resolve(!broken);
    });
    parser.on('error', () => {
      broken = true;
      resolve(false);
    });
  });
  const fed = await feed(parser, reader, bodyLimit, () => refusal !== undefined || broken);
  if (fed !== 'done') {
    await reader.cancel().catch(() => undefined);
    parser.destroy();
    return refuse(refusal ?? (fed === 'too-large' ? fileTooLarge : failures.malformed));
  }
  const wellFormed = await finished;
  if (refusal !== undefined) return refuse(refusal);
  if (!wellFormed) return refuse(failures.malformed);
  return { ok: true, fields, file };
}

/** Resolves when busboy takes more, or has failed or closed (then no `drain` comes). */
function drained(parser: busboy.Busboy): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      parser.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    parser.on('drain', done).on('error', done).on('close', done);
  });
}

async function feed(
  parser: busboy.Busboy,
  reader: ReadableStreamDefaultReader<Uint8Array>,
  bodyLimit: number,
  refused: () => boolean,
): Promise<'done' | 'too-large' | 'refused' | 'unreadable'> {
  let received = 0;
  try {
    for (;;) {
      if (refused()) return 'refused';
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > bodyLimit) return 'too-large';
      if (!parser.write(value)) await drained(parser);
    }
  } catch {
    return 'unreadable';
  }
  if (refused()) return 'refused';
  parser.end();
  return 'done';
}
