import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { DocumentType } from '../../lib/replication/schema.ts';

/** What an upload's bytes are: a document we keep, or why not. */
export type DocumentCheck =
  | { ok: true; mediaType: DocumentType; sha256: string }
  /** `type`: not a PDF, PNG or JPEG; `polyglot`: one, but also something a browser could run. */
  | { ok: false; reason: 'type' | 'polyglot' };

/**
 * Recognises a document by its bytes, never by its name or the type the browser claimed: a
 * PDF, PNG or JPEG by its signature (`file-type`), and then whole: ending where its format
 * ends (nothing appended, as a ZIP or a script hidden after the image), holding no markup a
 * browser would render (HTML, SVG, script) and, for a PDF, no active content (JavaScript,
 * launch actions, embedded files). An HTML or SVG file named `.pdf` has no such signature.
 */
export async function checkDocument(bytes: Uint8Array): Promise<DocumentCheck> {
  const detected = await fileTypeFromBuffer(bytes);
  const mediaType = knownTypes.get(detected?.mime ?? '');
  if (mediaType === undefined) return { ok: false, reason: 'type' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!endsWhole[mediaType](bytes, text) || markup.test(text)) {
    return { ok: false, reason: 'polyglot' };
  }
  if (mediaType === 'application/pdf' && activePdf.test(text)) {
    return { ok: false, reason: 'polyglot' };
  }
  return { ok: true, mediaType, sha256: createHash('sha256').update(bytes).digest('hex') };
}

// --- internal ---

const knownTypes = new Map<string, DocumentType>([
  ['application/pdf', 'application/pdf'],
  ['image/png', 'image/png'],
  ['image/jpeg', 'image/jpeg'],
]);

/** Markup a browser would render or run, in any letter case. */
const markup = /<(script|html|body|iframe|svg|object|embed|!doctype\s+html)[\s>/]|javascript:/i;

/** A PDF's active content: scripts, actions that start programs, files carried inside. */
const activePdf = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)[\s/<([]/;

const pngEnd = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const endsWhole: Record<DocumentType, (bytes: Uint8Array, text: string) => boolean> = {
  // The IEND chunk's type and CRC are the last eight bytes.
  'image/png': (bytes) =>
    pngEnd.every((byte, i) => bytes[bytes.length - pngEnd.length + i] === byte),
  // The end-of-image marker is the last two bytes.
  'image/jpeg': (bytes) => bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9,
  // `%PDF-` first, and the last `%%EOF` followed by line ends only.
  'application/pdf': (_bytes, text) =>
    text.startsWith('%PDF-') &&
    /^\s*$/.test(text.slice(text.lastIndexOf('%%EOF') + 5)) &&
    text.includes('%%EOF'),
};
