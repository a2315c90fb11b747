/**
 * Headers of every page that shows or takes private data (the form's answer with the private
 * link, the private page): never cached, never indexed, and the link in the address bar is not
 * sent on to any other site as a referrer.
 */
export const privatePageHeaders = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
} as const;

/** Sets `headers` and the status on Astro's response. */
export function applyResponse(
  response: ResponseInit & { headers: Headers },
  status: number,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.status = status;
  for (const [name, value] of Object.entries({ ...privatePageHeaders, ...headers })) {
    response.headers.set(name, value);
  }
}
