/** Text or an attribute value for XML: the five characters XML reserves, as entities. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => xmlEntities[char] ?? char);
}

// --- internal ---

const xmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text for an XML document: `escapeXml`, and the characters XML 1.0 cannot hold at all (control
 * characters other than tab and line ends, lone surrogates, U+FFFE/U+FFFF) left out, so a stray
 * one in a record never makes the whole document unreadable.
 */
export function xmlText(text: string): string {
  return escapeXml(text.replace(notXmlChars, ''));
}

const notXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
