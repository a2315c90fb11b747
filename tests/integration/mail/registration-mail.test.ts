import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterestService, interestDeps } from '../../../src/features/interest/service.ts';
import { startTestSmtp, type TestSmtp } from '../../helpers/smtp.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * Registrations on a started portal with SMTP_URL: each registrant's message arrives with its
 * private link; with the SMTP server stopped for a minute while people register, every message
 * arrives exactly once after it is back (counted at the server).
 */
/** How long the SMTP server stays down: the "stopped for a minute". */
const OUTAGE_MS = 60_000;
const KNOWN = 'kipp-2023-001';
const place = { locale: 'id', origin: 'https://lumbung.example' } as const;
let dir: TempDir;
let smtp: TestSmtp;
let portal: ReturnType<typeof testPortal>;

const registration = (n: number) => ({
  agency: `Dinas Kesehatan Nomor ${String(n)}`,
  cluster: 'kota' as const,
  provinceCode: '13',
  regencyCode: '13.71',
  contactName: 'Rina Marlina',
  email: `rina${String(n)}@padang.go.id`,
  phone: '+62 812 3456 7890',
  note: undefined,
  consent: true as const,
  shareEmail: true,
  sharePhone: true,
});

beforeAll(async () => {
  [dir, smtp] = await Promise.all([makeTempDir('registration-mail'), startTestSmtp()]);
  portal = testPortal({
    DATA_DIR: dir.path,
    MEILI_PORT: '1',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Lumbung Inovasi <noreply@lumbung.example>',
    MAIL_POLL_MS: '50',
    // Retries every few seconds: 24 attempts outlast the minute the server is down.
    MAIL_RETRY_BASE_MS: '500',
    MAIL_RETRY_MAX_MS: '4000',
  });
  await portal.start();
});
afterAll(async () => {
  await portal.close();
  await smtp.stop();
  await dir.remove();
});

/** The portal's own service, with the catalogue's answer given (no engine in this test). */
const service = () =>
  createInterestService({
    ...interestDeps(portal),
    innovationExists: (id) => Promise.resolve(id === KNOWN),
    titleOf: () => Promise.resolve('Padang Sehat'),
  });

describe('the mail of registrations on a running portal', () => {
  it("delivers the registrant's private link", async () => {
    const result = await service().registerInterest(KNOWN, registration(0), place);
    if (result.kind !== 'registered') throw new Error(result.kind);
    const [message] = await smtp.waitFor(1);
    expect(message?.to).toBe('rina0@padang.go.id');
    expect(message?.text).toContain(`https://lumbung.example/minat/${result.token}`);
  });

  it('delivers every message exactly once after the SMTP server was down a minute while people registered', async () => {
    await smtp.stop();
    const down = Date.now();
    // Ten registrations spread over the minute the server is down.
    for (let n = 1; n <= 10; n++) {
      await service().registerInterest(KNOWN, registration(n), place);
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS / 10 - 100));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, down + OUTAGE_MS - Date.now())));
    const store = await portal.database();
    const counts = await store.mailCounts();
    expect(counts.sent).toBe(1);
    expect(counts.queued).toBe(10);
    await smtp.start();
    await smtp.waitFor(11);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const recipients = smtp.received.map((mail) => mail.to).sort();
    expect(recipients).toEqual(
      Array.from({ length: 11 }, (_, n) => `rina${String(n)}@padang.go.id`).sort(),
    );
    expect((await store.mailCounts()).sent).toBe(11);
    expect(portal.log.lines.join('\n')).not.toMatch(/padang\.go\.id|\/minat\//);
  }, 120_000);
});
