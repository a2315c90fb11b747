/**
 * Headers of every page that shows or takes private data (the form's answer with the private
 * link, the private page): never cached, never indexed, and the address (which holds the
 * private token) is never sent to another site as a referrer. `same-origin`, not
 * `no-referrer`: under `no-referrer` a browser sends `Origin: null` with the page's own form
 * posts, and the cross-site check would refuse them.
 */
export const privatePageHeaders = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'same-origin',
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
