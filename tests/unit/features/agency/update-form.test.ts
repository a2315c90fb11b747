import { describe, expect, it } from 'vitest';
import { parseUpdateForm } from '../../../../src/features/agency/update-form.ts';

const good = {
  status: 'berlanjut',
  per: '2026-03-03',
  perubahan: 'Layanan kini juga di kecamatan.',
  email: 'inovasi@padang.go.id',
  telepon: '',
  situs: '',
  cara: '',
  dokumen_judul_1: 'Panduan replikasi',
  dokumen_tautan_1: 'https://padang.go.id/panduan.pdf',
};
const me = 'rina@padang.go.id';

describe('the pemutakhiran form', () => {
  it('reads a good update, leaving empty fields out', () => {
    const parsed = parseUpdateForm(good, me);
    expect(parsed).toEqual({
      ok: true,
      content: {
        status: 'berlanjut',
        asOf: '2026-03-03',
        whatChanged: 'Layanan kini juga di kecamatan.',
        replication: {
          contact: { officeEmail: 'inovasi@padang.go.id' },
          documents: [{ title: 'Panduan replikasi', url: 'https://padang.go.id/panduan.pdf' }],
        },
      },
    });
  });

  it.each([
    [{ status: 'tidak-diketahui' }, 'status'],
    [{ status: '<b>x</b>' }, 'status'],
    [{ per: '2026-13-01' }, 'per'],
    [{ per: '2999-01-01' }, 'per'],
    [{ per: '1999-12-31' }, 'per'],
    [{ perubahan: '   ' }, 'perubahan'],
    [{ perubahan: 'x'.repeat(2001) }, 'perubahan'],
    [{ email: 'not an address' }, 'email'],
    [{ email: '' }, 'email'],
    [{ email: 'RINA@padang.go.id' }, 'email'],
    [{ telepon: 'call me' }, 'telepon'],
    [{ situs: 'javascript:alert(1)' }, 'situs'],
    [{ situs: 'ftp://padang.go.id/' }, 'situs'],
    [{ dokumen_tautan_1: 'javascript:alert(1)' }, 'dokumen'],
    [{ dokumen_tautan_1: 'data:text/html,<script>' }, 'dokumen'],
    [{ dokumen_judul_1: '' }, 'dokumen'],
    [{ cara: 'x'.repeat(4001) }, 'cara'],
    [{ status: ['berlanjut'] }, 'status'],
  ])('refuses %j with a message on %s', (change, field) => {
    const parsed = parseUpdateForm({ ...good, ...change }, me);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fields).toContain(field);
  });

  it("takes an office's phone or web page instead of an e-mail", () => {
    const parsed = parseUpdateForm(
      { ...good, email: '', telepon: '+62 (751) 123-456', situs: 'https://dinkes.padang.go.id' },
      me,
    );
    expect(parsed.ok && parsed.content.replication.contact).toEqual({
      officePhone: '+62 (751) 123-456',
      officeWebsite: 'https://dinkes.padang.go.id',
    });
  });
});
