import { defaultLocale, isLocale, type Locale } from '../i18n/locales.ts';

/**
 * The language of an API answer: `?lang=en` (or `id`) when given, else the best of the
 * client's `Accept-Language` that the site speaks, else Indonesian.
 */
export function requestLocale(request: Request, url: URL): Locale {
  const asked = url.searchParams.get('lang');
  if (asked !== null && isLocale(asked)) return asked;
  return acceptedLocale(request.headers.get('accept-language')) ?? defaultLocale;
}

/** `en-GB;q=0.8, id;q=0.9, *;q=0.1` → `id`: the highest weight among languages we have. */
export function acceptedLocale(header: string | null | undefined): Locale | undefined {
  if (header === null || header === undefined) return undefined;
  let best: { locale: Locale; weight: number } | undefined;
  for (const part of header.split(',').slice(0, 20)) {
    const [range = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const language = range.toLowerCase().split('-')[0] ?? '';
    if (!isLocale(language)) continue;
    const weight = qualityOf(parameters);
    if (weight > 0 && (best === undefined || weight > best.weight))
      best = { locale: language, weight };
  }
  return best?.locale;
}

// --- internal ---

/** The `q` weight, 1 when absent; a malformed one leaves the language out (0). */
function qualityOf(parameters: readonly string[]): number {
  const q = parameters.find((parameter) => /^q\s*=/i.test(parameter));
  if (q === undefined) return 1;
  const weight = Number(q.replace(/^q\s*=\s*/i, ''));
  return Number.isFinite(weight) ? weight : 0;
}
