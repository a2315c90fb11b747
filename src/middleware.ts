import { defineMiddleware } from 'astro:middleware';
import { addSecurityHeaders } from './http/security-headers.ts';

/** The security headers on everything the server renders (the table is shared with the site server). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  addSecurityHeaders(response.headers);
  return response;
});
