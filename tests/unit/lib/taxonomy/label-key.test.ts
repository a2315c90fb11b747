import { describe, expect, it } from 'vitest';
import { labelKey } from '../../../../src/lib/taxonomy/label-key.ts';

describe('labelKey', () => {
  it('ignores case and surrounding or repeated spaces', () => {
    expect(labelKey(' KESEHATAN ')).toBe('kesehatan');
    expect(labelKey('Tata   Kelola\tPemerintahan')).toBe('tata kelola pemerintahan');
  });

  it('treats & like dan and drops connector words', () => {
    expect(labelKey('Kependudukan & Pencatatan Sipil')).toBe('kependudukan pencatatan sipil');
    expect(labelKey('Kependudukan dan Pencatatan Sipil')).toBe('kependudukan pencatatan sipil');
    expect(labelKey('Perempuan, Anak, serta Penyandang Disabilitas')).toBe(
      'perempuan anak penyandang disabilitas',
    );
  });

  it('ignores punctuation and accents', () => {
    expect(labelKey('Koperasi, Usaha Kecil, dan Menengah.')).toBe('koperasi usaha kecil menengah');
    expect(labelKey('Pelayanan Publik (Inklusif)')).toBe('pelayanan publik inklusif');
    expect(labelKey('Pemberdayaan Masyarakat – Désa')).toBe('pemberdayaan masyarakat desa');
  });

  it('gives an empty key for a label without words', () => {
    expect(labelKey(' - ')).toBe('');
  });
});
