/**
 * JSON to put inside a `<script type="application/ld+json">` element: `<` is written as
 * `\u003c`, so no text of a record (`</script>`, `<!--`) can end the element early, and the
 * line separators U+2028/U+2029 are escaped too. The result is still the same JSON.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
