import { describe, expect, it } from 'vitest';
import { localeOfPath, pathInLocale } from '../../../src/i18n/paths.ts';

describe('localeOfPath', () => {
  it.each([
    ['/', 'id'],
    ['/inovasi/abc/', 'id'],
    ['/en', 'en'],
    ['/en/', 'en'],
    ['/en/inovasi/abc/', 'en'],
    ['/english/', 'id'],
    ['/id/', 'id'],
  ])('reads %s as %s', (pathname, locale) => {
    expect(localeOfPath(pathname)).toBe(locale);
  });
});

describe('pathInLocale', () => {
  it.each([
    ['/', 'en', '/en/'],
    ['/', 'id', '/'],
    ['/en/', 'id', '/'],
    ['/en', 'id', '/'],
    ['/en', 'en', '/en/'],
    ['/inovasi/abc/', 'en', '/en/inovasi/abc/'],
    ['/en/inovasi/abc/', 'id', '/inovasi/abc/'],
    ['/en/inovasi/abc/', 'en', '/en/inovasi/abc/'],
    ['/english/', 'en', '/en/english/'],
  ] as const)('moves %s to %s as %s', (pathname, target, expected) => {
    expect(pathInLocale(pathname, target)).toBe(expected);
  });
});
