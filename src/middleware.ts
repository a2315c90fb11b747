import { defineMiddleware } from 'astro:middleware';

/**
 * Security headers on everything the server renders. The page's own policy (scripts and
 * styles, hashed by Astro) is a `<meta>` element; `frame-ancestors` only works as a header, so
 * this header policy adds what a meta policy cannot say. Both policies apply.
 */
const securityHeaders = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
} as const;

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(securityHeaders)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
});
