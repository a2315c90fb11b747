/**
 * True when a browser says the request comes from another site. `Sec-Fetch-Site` (set by the
 * browser, never by a page) decides when present: `cross-site` is refused, `same-origin` is
 * accepted even with `Origin: null` (what a page under `Referrer-Policy: no-referrer` sends
 * with its own form posts). Otherwise the `Origin` must be the request's own origin or the
 * public one (SITE_URL, the origin a browser sees behind a TLS-terminating proxy); `same-site`
 * (a sibling subdomain) is held to that too. A request with neither header is not a browser's
 * cross-site post (curl, a script) and is let through: those cannot ride on a visitor's
 * browser, which is what this protects.
 */
export function isCrossSite(request: Request, siteUrl?: string): boolean {
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site') return true;
  if (fetchSite === 'same-origin') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  return !ownOrigins(request, siteUrl).includes(origin);
}

// --- internal ---

function ownOrigins(request: Request, siteUrl?: string): string[] {
  const origins = [new URL(request.url).origin];
  if (siteUrl !== undefined) origins.push(new URL(siteUrl).origin);
  return origins;
}
