import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { id } from '../../../src/i18n/id.ts';
import { translator } from '../../../src/i18n/t.ts';

describe('messages', () => {
  it('gives English exactly the Indonesian keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it.each([
    ['id', id],
    ['en', en],
  ])('has no empty message in %s', (_locale, table) => {
    const empty = Object.entries(table).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });
});

describe('translator', () => {
  it('looks a key up in the language it was made for', () => {
    expect(translator('id')('nav.skipToContent')).toBe('Langsung ke konten utama');
    expect(translator('en')('nav.skipToContent')).toBe('Skip to main content');
  });
});
