/**
 * True when a browser says the request comes from another site: `Sec-Fetch-Site: cross-site`,
 * or an `Origin` that is neither the request's own origin nor the public one (SITE_URL, the
 * origin a browser sees behind a TLS-terminating proxy). A request without either header is
 * not a browser's cross-site form post (curl, a script) and is let through: those cannot ride
 * on a visitor's browser, which is what this protects.
 */
export function isCrossSite(request: Request, siteUrl?: string): boolean {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
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
