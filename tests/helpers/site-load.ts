import { registrationBody } from './registration.ts';
import type { LoadRequest, Outcome } from './paced-load.ts';

export type SiteRequestKind = 'register' | 'search' | 'page';

/**
 * The n-th request of a mixed load on a portal at `origin`, a third of each: a registration of a
 * new agency for `innovationId` (labelled with its unique e-mail, `phase` keeping two loads'
 * apart), an `/api/search`, or a page (home, search, the innovation, the English search).
 */
export function mixedRequest(
  origin: string,
  innovationId: string,
  phase: string,
): (n: number) => LoadRequest<SiteRequestKind> {
  const pages = ['/', '/cari?q=air', `/inovasi/${innovationId}`, '/en/search?q=health'];
  const get = (path: string, signal: AbortSignal) => fetch(`${origin}${path}`, { signal });
  return (n) => {
    if (n % 3 === 1) {
      return { kind: 'search', label: '', send: (signal) => get('/api/search?q=desa', signal) };
    }
    if (n % 3 === 2) {
      const page = pages[n % pages.length] ?? '/';
      return { kind: 'page', label: page, send: (signal) => get(page, signal) };
    }
    const email = `uji-${phase}-${String(n)}@example.go.id`;
    const body = registrationBody({ agency: `Dinas Uji ${phase} ${String(n)}`, email });
    return {
      kind: 'register',
      label: email,
      send: (signal) =>
        fetch(`${origin}/api/inovasi/${innovationId}/minat`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
          signal,
        }),
    };
  };
}

export const answered = (outcome: Outcome) => outcome.status >= 200 && outcome.status < 300;

/** `register 502 at +2 ms; …`: outcomes for an assertion's message, timed from `since`. */
export const describeOutcomes = (outcomes: Outcome[], since: number) =>
  outcomes
    .map((one) => `${one.kind} ${String(one.status)} at +${String(one.startedAt - since)} ms`)
    .join('; ');
