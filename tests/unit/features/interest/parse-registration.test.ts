import { describe, expect, it } from 'vitest';
import { registrationFields } from '../../../../src/lib/interest/schema.ts';
import { messages } from '../../../../src/i18n/t.ts';
import { loadRegionIndex } from '../../../../src/infra/reference/regions.ts';
import {
  fieldMessage,
  parseRegistration,
} from '../../../../src/features/interest/parse-registration.ts';

const regions = loadRegionIndex();

/** A registration as the form posts it (every value a string, the checkbox `on`). */
const form = {
  agency: 'Dinas Kesehatan Kota Padang',
  cluster: 'kota',
  provinceCode: '13',
  regencyCode: '13.71',
  contactName: 'Rina Marlina',
  email: 'rina@padang.go.id',
  phone: '+62 812-3456-7890',
  note: '',
  consent: 'on',
  website: '',
};

const fieldsOf = (data: Record<string, unknown>) => {
  const parsed = parseRegistration(data, regions);
  return parsed.ok ? {} : parsed.fields;
};

describe('parseRegistration', () => {
  it('accepts a form: consent=on is consent, an empty note is no note, the honeypot dropped', () => {
    expect(parseRegistration(form, regions)).toEqual({
      ok: true,
      input: {
        agency: 'Dinas Kesehatan Kota Padang',
        cluster: 'kota',
        provinceCode: '13',
        regencyCode: '13.71',
        contactName: 'Rina Marlina',
        email: 'rina@padang.go.id',
        phone: '+62 812-3456-7890',
        consent: true,
        shareEmail: false,
        sharePhone: false,
      },
    });
  });

  it('shares no contact with the innovating agency unless its box is ticked, field by field', () => {
    const shared = (data: Record<string, unknown>) => {
      const parsed = parseRegistration({ ...form, ...data }, regions);
      return parsed.ok ? [parsed.input.shareEmail, parsed.input.sharePhone] : parsed.fields;
    };
    expect(shared({ sharePhone: 'on' })).toEqual([false, true]);
    expect(shared({ shareEmail: 'true' })).toEqual([true, false]);
    expect(shared({ shareEmail: true, sharePhone: false })).toEqual([true, false]);
    expect(shared({ shareEmail: 'ya', sharePhone: 1 })).toEqual({
      shareEmail: 'interest.error.shareEmail',
      sharePhone: 'interest.error.sharePhone',
    });
  });

  it('accepts JSON with consent true and no regency (a ministry)', () => {
    const parsed = parseRegistration(
      { ...form, regencyCode: undefined, cluster: 'kementerian', consent: true },
      regions,
    );
    expect(parsed.ok && parsed.input.regencyCode).toBeUndefined();
    expect(parsed.ok).toBe(true);
  });

  it('trims values and writes a one-line name single-spaced, a note as typed', () => {
    const parsed = parseRegistration(
      { ...form, agency: '  Dinas   Kesehatan\tKota Padang ', note: ' a\n\nb ' },
      regions,
    );
    expect(parsed.ok && parsed.input.agency).toBe('Dinas Kesehatan Kota Padang');
    expect(parsed.ok && parsed.input.note).toBe('a\n\nb');
  });

  it.each([[undefined], [''], ['off'], [false], ['yes']])('refuses consent %j', (consent) => {
    expect(fieldsOf({ ...form, consent })).toEqual({ consent: 'interest.error.consent' });
  });

  it('refuses a regency of another province', () => {
    // 35.10 is Kabupaten Banyuwangi, in Jawa Timur (35), not Sumatera Barat (13).
    expect(fieldsOf({ ...form, regencyCode: '35.10' })).toEqual({
      regencyCode: 'interest.error.regencyCode',
    });
  });

  it('refuses a province or regency that is not on the official list', () => {
    expect(fieldsOf({ ...form, provinceCode: '99', regencyCode: '' })).toEqual({
      provinceCode: 'interest.error.provinceCode',
    });
    expect(fieldsOf({ ...form, regencyCode: '13.99' })).toEqual({
      regencyCode: 'interest.error.regencyCode',
    });
  });

  it('names a wrong place beside the other mistakes', () => {
    expect(fieldsOf({ ...form, regencyCode: '35.10', email: 'nope', phone: '12' })).toEqual({
      regencyCode: 'interest.error.regencyCode',
      email: 'interest.error.email',
      phone: 'interest.error.phone',
    });
  });

  it('names every missing field, and only known fields', () => {
    const fields = fieldsOf({ stage: 'x', __proto__: 'x', constructor: 1 });
    expect(Object.keys(fields).sort()).toEqual(
      ['agency', 'cluster', 'provinceCode', 'contactName', 'email', 'phone', 'consent'].sort(),
    );
  });

  it('refuses values of the wrong type without throwing', () => {
    const fields = fieldsOf({
      agency: ['Dinas'],
      cluster: 3,
      provinceCode: 13,
      regencyCode: { code: '13.71' },
      contactName: null,
      email: true,
      phone: 8123456789,
      note: {},
      consent: 'on',
    });
    expect(Object.keys(fields).sort()).toEqual(
      [
        'agency',
        'cluster',
        'provinceCode',
        'regencyCode',
        'contactName',
        'email',
        'phone',
        'note',
      ].sort(),
    );
  });

  it('refuses an over-long agency and note', () => {
    expect(fieldsOf({ ...form, agency: 'a'.repeat(201), note: 'b'.repeat(2001) })).toEqual({
      agency: 'interest.error.agency',
      note: 'interest.error.note',
    });
  });
});

describe('field messages', () => {
  it('exist for every field and the stage, in Indonesian and English, and differ', () => {
    for (const field of [...registrationFields, 'stage'] as const) {
      const key = fieldMessage(field);
      expect(messages.id[key], key).toMatch(/\S/);
      expect(messages.en[key], key).toMatch(/\S/);
      expect(messages.en[key]).not.toBe(messages.id[key]);
    }
  });
});
