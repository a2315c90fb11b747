import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../../src/lib/text/blocks.ts';

describe('textBlocks', () => {
  it('splits paragraphs at blank lines and joins wrapped lines', () => {
    expect(textBlocks('Satu\ndua.\n\n  Tiga.  \n\n\n')).toEqual([
      { kind: 'paragraph', text: 'Satu dua.' },
      { kind: 'paragraph', text: 'Tiga.' },
    ]);
  });

  it('reads `- ` and `1. ` lines as lists, apart from the text around them', () => {
    expect(textBlocks('Langkah:\n- satu\n- dua\n1. pertama\n2. kedua\nSelesai.')).toEqual([
      { kind: 'paragraph', text: 'Langkah:' },
      { kind: 'list', ordered: false, items: ['satu', 'dua'] },
      { kind: 'list', ordered: true, items: ['pertama', 'kedua'] },
      { kind: 'paragraph', text: 'Selesai.' },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    expect(textBlocks('<script>alert(1)</script>')).toEqual([
      { kind: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
  });

  it('gives nothing for empty text', () => {
    expect(textBlocks('  \n \n')).toEqual([]);
  });
});
