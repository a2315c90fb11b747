import { routes } from '../i18n/routes.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/t.ts';
import { escapeXml } from '../lib/text/xml.ts';
import { cacheHeader } from './cache.ts';
import type { HttpFailure } from './failure.ts';
import { failureBody } from './outcome.ts';

/**
 * A failure answered before a page renders (a client over its page allowance): a small HTML
 * document in the page's language with the same message a JSON answer carries, the failure's
 * status and headers (Retry-After), and a way back. Never stored by a cache.
 */
export function failurePageResponse(failure: HttpFailure, locale: Locale): Response {
  const t = translator(locale);
  const { message } = failureBody(failure, locale);
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(t('site.name'))}</title></head>
<body><main><h1>${escapeXml(message)}</h1>
<p><a href="${escapeXml(routes.home(locale))}">${escapeXml(t('engineDown.home'))}</a></p></main></body>
</html>
`;
  return new Response(html, {
    status: failure.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...cacheHeader('none'),
      ...failure.headers,
    },
  });
}
