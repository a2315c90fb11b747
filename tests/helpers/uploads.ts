/**
 * Documents and multipart bodies for the upload tests: small real files of each accepted type,
 * and the hostile ones an upload must refuse.
 */
export const files = {
  pdf: Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
      '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  ),
  png: Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489' +
      '0000000d4944415478da63f8cfc0f01f0005000201a3ed6e2e0000000049454e44ae426082',
    'hex',
  ),
  jpeg: Buffer.concat([
    Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'),
    Buffer.alloc(32, 0x11),
    Buffer.from('ffd9', 'hex'),
  ]),
};

export const hostile = {
  /** An HTML page under a `.pdf` name. */
  html: Buffer.from(
    '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
  ),
  /** An SVG with a script under a `.pdf` name. */
  svg: Buffer.from(
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  ),
  /** A PDF that is also an HTML page (a polyglot): the markup a browser would render. */
  pdfHtml: Buffer.from(
    '%PDF-1.4\n<html><body><script>alert(1)</script></body></html>\n1 0 obj\n<<>>\nendobj\n%%EOF\n',
  ),
  /** A PNG with a ZIP archive appended after its end (a polyglot). */
  pngZip: Buffer.concat([
    files.png,
    Buffer.from('504b0304140000000000000000000000000000000000000000000000', 'hex'),
  ]),
  /** A PDF that runs JavaScript when opened. */
  pdfScript: Buffer.from(
    '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n%%EOF\n',
  ),
};

export interface FilePart {
  name?: string;
  filename: string;
  /** The name as an RFC 5987 parameter (`filename*=UTF-8''…`, percent-encoded) instead. */
  encoded?: boolean;
  type?: string;
  bytes: Uint8Array;
}

export const BOUNDARY = '----lumbung-test-boundary-7f3a';

/** A `multipart/form-data` body written by hand, so a test controls every byte of it. */
export function multipartBody(
  fields: Readonly<Record<string, string>>,
  file?: FilePart,
): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  if (file !== undefined) {
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${file.name ?? 'dokumen'}"; ` +
          (file.encoded === true
            ? `filename*=UTF-8''${encodeURIComponent(file.filename)}`
            : `filename="${file.filename}"`) +
          `\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return new Uint8Array(Buffer.concat(parts));
}

export const multipartType = `multipart/form-data; boundary=${BOUNDARY}`;

/** A stream of `size` bytes in 64 KiB chunks, with no length declared anywhere. */
export function streamOf(head: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === 0) {
        controller.enqueue(head);
        sent = head.byteLength;
        return;
      }
      if (sent >= size) {
        controller.close();
        return;
      }
      const chunk = new Uint8Array(Math.min(65_536, size - sent)).fill(0x41);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}
