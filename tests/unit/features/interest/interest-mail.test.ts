import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailLinksAgain, parseAddress } from '../../../../src/features/interest/links-again.ts';
import {
  createInterestService,
  type InterestServiceDeps,
} from '../../../../src/features/interest/service.ts';
import { openSqliteDatabase } from '../../../../src/infra/database/sqlite.ts';
import type { Database } from '../../../../src/infra/database/types.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

/** The mail a registration causes, and "send my private links again", on a real SQLite store. */
const KNOWN = 'kipp-2023-001';
const registration = {
  agency: 'Dinas Kesehatan Kota Padang',
  cluster: 'kota',
  provinceCode: '13',
  regencyCode: '13.71',
  contactName: 'Rina Marlina',
  email: 'Rina@Padang.go.id',
  phone: '+62 812 3456 7890',
  note: undefined,
  consent: true,
  shareEmail: true,
  sharePhone: true,
} as const;
const indonesian = { locale: 'id', origin: 'https://lumbung.example' } as const;
const english = { locale: 'en', origin: 'https://lumbung.example' } as const;

let dir: TempDir;
let store: Database;
let written = 0;
const deps: InterestServiceDeps = {
  store: () => Promise.resolve(store),
  touch: () => undefined,
  innovationExists: (id) => Promise.resolve(id === KNOWN),
  titleOf: () => Promise.resolve('Padang <Sehat> & "Cepat"'),
  agencyOf: () => Promise.resolve({ agency: 'Dinas Kesehatan Kota Padang' }),
  regionName: (code) => code,
  placeOf: () => undefined,
  delivering: false,
  mailWritten: () => {
    written += 1;
  },
};
const service = createInterestService(deps);
const queued = async () => (await store.listMail({ limit: 50, offset: 0 })).rows;

beforeAll(async () => {
  dir = await makeTempDir('interest-mail');
  store = openSqliteDatabase(join(dir.path, 'interest.sqlite'));
});
afterAll(async () => {
  await store.close();
  await dir.remove();
});

describe('the mail of a registration', () => {
  it('writes the private link to the outbox with the registration, in the page language', async () => {
    const result = await service.registerInterest(KNOWN, registration, indonesian);
    if (result.kind !== 'registered') throw new Error('not registered');
    const [message] = await queued();
    expect(message).toMatchObject({
      kind: 'interest-link',
      recipient: 'Rina@Padang.go.id',
      locale: 'id',
      status: 'queued',
      subject: 'Tautan pribadi pendaftaran minat replikasi Anda',
    });
    const link = `https://lumbung.example/minat/${result.token}`;
    expect(message?.text).toContain(link);
    expect(message?.text).toContain('Padang <Sehat> & "Cepat"');
    expect(message?.html).toContain(`<a href="${link}">`);
    expect(message?.html).toContain('Padang &lt;Sehat&gt; &amp; &quot;Cepat&quot;');
    expect(message?.html).not.toContain('<Sehat>');
    expect(written).toBe(1);
    expect(result.registration.locale).toBe('id');

    const again = await service.registerInterest(
      KNOWN,
      { ...registration, regencyCode: '13.75' },
      english,
    );
    if (again.kind !== 'registered') throw new Error('not registered');
    const [newest] = await queued();
    expect(newest).toMatchObject({
      locale: 'en',
      subject: 'Your private link to your replication interest',
    });
    expect(newest?.text).toContain(`https://lumbung.example/en/interest/${again.token}`);
  });

  it('mails new links of every entry of an address, and the old links stop working', async () => {
    const before = (await queued()).length;
    const entries = await store.byEmail('rina@padang.go.id');
    expect(entries).toHaveLength(2);
    await mailLinksAgain(deps, 'RINA@padang.GO.ID', english);
    const rows = await queued();
    expect(rows).toHaveLength(before + 1);
    const [message] = rows;
    expect(message).toMatchObject({
      kind: 'interest-links-again',
      recipient: 'Rina@Padang.go.id',
      locale: 'en',
    });
    const tokens = [...(message?.text ?? '').matchAll(/\/en\/interest\/([\w-]{43})/g)].map(
      (m) => m[1] ?? '',
    );
    expect(tokens).toHaveLength(2);
    const opened = await Promise.all(tokens.map((token) => service.privateEntry(token)));
    expect(opened.map((entry) => entry?.id).sort()).toEqual(
      entries.map((entry) => entry.id).sort(),
    );
  });

  it('sends an address its links once in five minutes at most', async () => {
    const before = (await queued()).length;
    await mailLinksAgain(deps, 'rina@padang.go.id', indonesian);
    expect(await queued()).toHaveLength(before);
    const later = { ...deps, now: () => new Date(Date.now() + 5 * 60_000 + 1000) };
    await mailLinksAgain(later, 'rina@padang.go.id', indonesian);
    expect(await queued()).toHaveLength(before + 1);
  });

  it('writes nothing for an address without entries', async () => {
    const before = (await queued()).length;
    await mailLinksAgain(deps, 'nobody@example.go.id', indonesian);
    expect(await queued()).toHaveLength(before);
  });

  it('takes a well-formed address from the form only', () => {
    expect(parseAddress({ alamat: '  rina@padang.go.id ' })).toBe('rina@padang.go.id');
    expect(parseAddress({ alamat: 'not an address' })).toBeUndefined();
    expect(parseAddress({ alamat: ['a@b.id'] })).toBeUndefined();
    expect(parseAddress({})).toBeUndefined();
  });
});
