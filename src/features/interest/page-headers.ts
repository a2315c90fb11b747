import type { HttpFailure } from '../../http/failure.ts';
import { failPage, type PageResponse } from '../../http/page.ts';

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

/** A page with private data: its status (or failure) and the private headers. */
export function answerPrivately(response: PageResponse, answer: number | HttpFailure): void {
  if (typeof answer !== 'number') {
    failPage(response, answer, privatePageHeaders);
    return;
  }
  response.status = answer;
  for (const [name, value] of Object.entries(privatePageHeaders)) response.headers.set(name, value);
}
