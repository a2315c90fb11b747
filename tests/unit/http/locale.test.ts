import { describe, expect, it } from 'vitest';
import { requestLocale } from '../../../src/http/locale.ts';

const locale = (query: string, acceptLanguage?: string) => {
  const url = new URL(`http://portal.test/api/instansi${query}`);
  const headers: Record<string, string> = {};
  if (acceptLanguage !== undefined) headers['Accept-Language'] = acceptLanguage;
  return requestLocale(new Request(url, { headers }), url);
};

describe('requestLocale', () => {
  it('is Indonesian by default and for languages the site does not speak', () => {
    expect(locale('')).toBe('id');
    expect(locale('', 'fr-FR, de;q=0.8')).toBe('id');
    expect(locale('?lang=fr')).toBe('id');
  });

  it('follows ?lang= over Accept-Language', () => {
    expect(locale('?lang=en', 'id')).toBe('en');
    expect(locale('?lang=id', 'en')).toBe('id');
  });

  it('takes the most wanted language the site speaks', () => {
    expect(locale('', 'en-GB')).toBe('en');
    expect(locale('', 'fr, en;q=0.5, id;q=0.9')).toBe('id');
    expect(locale('', 'id;q=0.2, EN-us;q=0.8')).toBe('en');
    expect(locale('', 'en;q=0, id;q=0.1')).toBe('id');
    expect(locale('', 'en;q=abc')).toBe('id');
  });
});
