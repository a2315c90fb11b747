/**
 * Security headers on everything the server answers, beside the Content-Security-Policy that
 * Astro writes itself (astro.config.ts): set by the site's middleware on what Astro renders,
 * and by the site server on the API answers it gives without Astro.
 */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
} as const;

/** Adds each security header the response does not set itself (a route's own Referrer-Policy stays). */
export function addSecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (!headers.has(name)) headers.set(name, value);
  }
}
