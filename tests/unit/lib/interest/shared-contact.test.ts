import { describe, expect, it } from 'vitest';
import { sharedContactOf } from '../../../../src/lib/interest/shared-contact.ts';

const contact = {
  contactName: 'Rina Marlina',
  email: 'rina@padang.go.id',
  phone: '+62 812 3456 7890',
};

describe('the contact an innovating agency sees', () => {
  it('is nothing when the registrant shared nothing', () => {
    expect(sharedContactOf({ ...contact, shareEmail: false, sharePhone: false })).toEqual({});
  });

  it('is the person and e-mail, or the phone, or both, as shared', () => {
    const person = { name: 'Rina Marlina', email: 'rina@padang.go.id' };
    expect(sharedContactOf({ ...contact, shareEmail: true, sharePhone: false })).toEqual({
      person,
    });
    expect(sharedContactOf({ ...contact, shareEmail: false, sharePhone: true })).toEqual({
      phone: '+62 812 3456 7890',
    });
    expect(sharedContactOf({ ...contact, shareEmail: true, sharePhone: true })).toEqual({
      person,
      phone: '+62 812 3456 7890',
    });
  });
});
