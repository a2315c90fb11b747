import { describe, expect, it } from 'vitest';
import { foldAgencyName, hasLetter } from '../../../../src/lib/agency/fold.ts';
import { agencyKey } from '../../../../src/lib/interest/agency-key.ts';
import { registrationInputSchema } from '../../../../src/lib/interest/schema.ts';
import { slugify } from '../../../../src/lib/text/slug.ts';

describe('folding an agency name', () => {
  it('makes one agency of the spellings the probe used', () => {
    expect(foldAgencyName('DINAS KESEHATAN KOTA PADANG!!')).toBe(
      foldAgencyName('Dinas Kesehatan Kota Padang'),
    );
    expect(agencyKey('Dinas Kesehatan Kota Padang', '13', '13.71')).toBe(
      '13.71|dinas-kesehatan-kota-padang',
    );
  });

  it('keeps every letter of other scripts, so their names stay apart', () => {
    const names = ['ꦢꦶꦤꦱ꧀ ꦏꦺꦱꦺꦲꦠꦤ꧀', 'ꦢꦶꦤꦱ꧀ ꦥꦼꦤ꧀ꦢꦶꦢꦶꦏꦤ꧀', '卫生局', '教育局', 'Дирекция', 'مديرية'];
    const keys = names.map(foldAgencyName);
    expect(new Set(keys).size).toBe(names.length);
    expect(keys.every((key) => key !== '')).toBe(true);
    expect(foldAgencyName('卫生局 ')).toBe(foldAgencyName(' 卫生局'));
  });

  it('drops accents on Latin letters, and gives ASCII names the keys stored before', () => {
    expect(foldAgencyName('Dinás Kesehatán')).toBe('dinas-kesehatan');
    for (const name of ["Ma'ruf D.K.I. Jakarta", 'Kota Bau-Bau', 'Bappeda  KAB. Banyuwangi']) {
      expect(foldAgencyName(name)).toBe(slugify(name));
    }
  });

  it('folds a name without a letter to nothing, and the form refuses it', () => {
    expect(foldAgencyName('???')).toBe('');
    expect(foldAgencyName('123 456')).toBe('');
    expect(hasLetter('???')).toBe(false);
    const form = {
      cluster: 'kota',
      provinceCode: '13',
      contactName: 'Rina',
      email: 'rina@padang.go.id',
      phone: '0812 3456 7890',
      consent: true,
      shareEmail: true,
      sharePhone: true,
    };
    const refused = registrationInputSchema.safeParse({ ...form, agency: '???' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path)).toEqual([['agency']]);
    expect(registrationInputSchema.safeParse({ ...form, agency: '卫生局' }).success).toBe(true);
  });
});
