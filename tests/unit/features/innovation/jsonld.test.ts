import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { innovationSchema } from '../../../../src/lib/schema/innovation.ts';
import {
  innovationJsonLd,
  innovationJsonLdScript,
  metaDescription,
} from '../../../../src/features/innovation/jsonld.ts';
import { fixture } from '../../../helpers/fixtures.ts';

const markup = innovationSchema.parse(
  JSON.parse(await readFile(fixture('site/markup-innovation.json'), 'utf8')),
);
const url = 'https://lumbung.example.go.id/inovasi/xss-fixture-1';

describe('innovationJsonLdScript', () => {
  it('cannot end its script element, whatever the record says', () => {
    const hostile = { ...markup, title: '</script><script>alert(1)</script>' };
    const script = innovationJsonLdScript(hostile, url, 'id');
    expect(script.toLowerCase()).not.toContain('</script');
    expect(script).not.toContain('<');
  });

  it('is the JSON-LD object, unchanged by the escaping', () => {
    const script = innovationJsonLdScript(markup, url, 'en');
    expect(JSON.parse(script)).toEqual(
      JSON.parse(JSON.stringify(innovationJsonLd(markup, url, 'en'))),
    );
  });
});

describe('innovationJsonLd', () => {
  it('describes the innovation as a work of its agency in its region', () => {
    const data = innovationJsonLd(markup, url, 'id') as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      url,
      name: markup.title,
      alternateName: markup.acronym,
      inLanguage: 'id',
      dateModified: markup.updatedAt,
      creator: {
        '@type': 'GovernmentOrganization',
        name: markup.agency,
        areaServed: {
          '@type': 'AdministrativeArea',
          name: markup.regency,
          containedInPlace: { '@type': 'AdministrativeArea', name: markup.province },
        },
      },
    });
    expect(data.award).toEqual(['KIPP 2020: Top 99']);
    expect(data.about).toEqual([
      { '@type': 'Thing', name: 'SDG 3: Kehidupan Sehat dan Sejahtera' },
    ]);
  });
});

describe('metaDescription', () => {
  it('is one line of about two hundred characters', () => {
    const text = metaDescription(`Satu.\n\nDua ${'kata '.repeat(100)}`);
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThanOrEqual(201);
    expect(text.startsWith('Satu. Dua kata')).toBe(true);
  });
});
