import { describe, expect, it } from 'vitest';
import { sectorLabel, sectorSchema, sectors } from '../../../../src/lib/taxonomy/sectors.ts';

describe('sectors', () => {
  it('lists the sectors the product brief names', () => {
    const slugs = sectors.map((sector) => sector.slug);
    for (const slug of [
      'kesehatan',
      'pendidikan',
      'kependudukan',
      'ekonomi-umkm',
      'pertanian-pangan',
      'lingkungan',
      'sosial-kemiskinan',
      'tata-kelola',
      'hukum',
    ]) {
      expect(slugs).toContain(slug);
    }
  });

  it('has unique slugs that fit the public record', () => {
    const slugs = sectors.map((sector) => sector.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('keeps the taxonomy between 15 and 22 sectors', () => {
    expect(sectors.length).toBeGreaterThanOrEqual(15);
    expect(sectors.length).toBeLessThanOrEqual(22);
  });

  it('accepts a known slug and rejects anything else', () => {
    expect(sectorSchema.parse('kependudukan')).toBe('kependudukan');
    expect(sectorSchema.safeParse('Kesehatan').success).toBe(false);
    expect(sectorSchema.safeParse('kesehatan-masyarakat').success).toBe(false);
  });

  it('labels a sector in Indonesian by default and in English on request', () => {
    expect(sectorLabel('kesehatan')).toBe('Kesehatan');
    expect(sectorLabel('kesehatan', 'en')).toBe('Health');
    expect(sectorLabel('kependudukan', 'id')).toBe('Kependudukan dan Pencatatan Sipil');
    expect(sectorLabel('teknologi-digital', 'en')).toBe('Digital government and technology');
  });
});
