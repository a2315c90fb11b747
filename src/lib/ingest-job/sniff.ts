import type { UploadType } from './schema.ts';

/** Bytes looked at to tell text from binary and to find a CSV's first line. */
const HEAD_BYTES = 64 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * What an uploaded file is by its content alone, or undefined when it is none of the kinds
 * (`UploadType`) an ingest knows: a zip local header makes a zip (an .xlsx when it names
 * `xl/workbook.xml`); otherwise the head must be UTF-8 text without NUL bytes, and then JSON
 * (`[` or `{` first, NDJSON when its first line is a whole object and another follows), XML
 * (`<`) or CSV (a first line with a comma or semicolon).
 */
export function sniffUpload(bytes: Uint8Array): UploadType | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return contains(bytes, 'xl/workbook.xml') ? 'xlsx' : 'zip';
  }
  const text = headText(bytes);
  if (text === undefined) return undefined;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) return isNdjson(start) ? 'ndjson' : 'json';
  if (start.startsWith('<')) return 'xml';
  const firstLine = start.split(/\r?\n/, 1)[0] ?? '';
  return /[,;]/.test(firstLine) ? 'csv' : undefined;
}

// --- internal ---

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Whether the ASCII `needle` occurs in the bytes (a zip keeps entry names uncompressed). */
function contains(bytes: Uint8Array, needle: string): boolean {
  const codes = Array.from({ length: needle.length }, (_, index) => needle.charCodeAt(index));
  const [first = 0] = codes;
  for (let at = bytes.indexOf(first); at !== -1; at = bytes.indexOf(first, at + 1)) {
    if (codes.every((code, index) => bytes[at + index] === code)) return true;
  }
  return false;
}

/** The head as text, or undefined for binary content (a NUL byte, bytes that are not UTF-8). */
function headText(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (head.includes(0)) return undefined;
  // A multi-byte character cut at the end of the head is not a reason to call it binary.
  for (let trim = 0; trim < 4 && trim < head.length; trim++) {
    try {
      return utf8.decode(head.subarray(0, head.length - trim));
    } catch {
      // try a byte shorter
    }
  }
  return undefined;
}

/** A first line that is a JSON object on its own, and a second line after it. */
function isNdjson(text: string): boolean {
  const newline = text.indexOf('\n');
  if (newline === -1) return false;
  try {
    const first: unknown = JSON.parse(text.slice(0, newline));
    return typeof first === 'object' && first !== null && text.slice(newline + 1).trim() !== '';
  } catch {
    return false;
  }
}
