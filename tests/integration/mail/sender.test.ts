import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDatabase } from '../../../src/infra/database/postgres.ts';
import { openSqliteDatabase } from '../../../src/infra/database/sqlite.ts';
import type { NewMail } from '../../../src/infra/database/outbox-types.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import { createMailSender, type MailSender } from '../../../src/infra/mail/sender.ts';
import { smtpTransport } from '../../../src/infra/mail/transport.ts';
import { startTestPostgres, type TestPostgres } from '../../helpers/postgres.ts';
import { startTestSmtp, type TestSmtp } from '../../helpers/smtp.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

const schedule = { baseMs: 50, maxMs: 200, maxAttempts: 200 };
const from = 'Lumbung Inovasi <noreply@lumbung.example>';

const mail = (n: number): NewMail => ({
  kind: 'test',
  recipient: `orang${String(n)}@example.go.id`,
  locale: 'id',
  subject: `Pesan nomor ${String(n)}`,
  text: `Tautan pribadi Anda: https://lumbung.example/minat/${String(n)}\n`,
  html: `<p>Tautan <a href="https://lumbung.example/minat/${String(n)}">pribadi</a></p>`,
});

let smtp: TestSmtp;
let dir: TempDir;
let store: Database;
const senders: MailSender[] = [];
const logLines: string[] = [];

function sender(over: { store?: Database; maxAttempts?: number } = {}): MailSender {
  const made = createMailSender({
    store: () => Promise.resolve(over.store ?? store),
    transport: smtpTransport(smtp.url, from),
    schedule: { ...schedule, maxAttempts: over.maxAttempts ?? schedule.maxAttempts },
    pollMs: 50,
    log: (line) => logLines.push(line),
  });
  senders.push(made);
  made.start();
  return made;
}

async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** How many times each subject arrived. */
const arrivals = () => {
  const counted = new Map<string, number>();
  for (const { subject } of smtp.received) counted.set(subject, (counted.get(subject) ?? 0) + 1);
  return counted;
};

beforeAll(async () => {
  dir = await makeTempDir('mail-sender');
});
afterAll(() => dir.remove());

describe('the mail sender with SQLite and a real SMTP server', () => {
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.stop());
  afterEach(async () => {
    await Promise.all(senders.splice(0).map((made) => made.stop()));
    await store.close();
    smtp.received.splice(0);
    smtp.refuse(undefined);
  });
  let files = 0;
  const openStore = () => {
    store = openSqliteDatabase(dir.file(`outbox-${String(++files)}.sqlite`));
  };

  it('delivers each message with its subject, text and HTML, and marks it sent', async () => {
    openStore();
    await store.enqueueMail(mail(1), new Date().toISOString());
    await store.enqueueMail({ ...mail(2), locale: 'en' }, new Date().toISOString());
    sender();
    const received = await smtp.waitFor(2);
    expect(received.map((m) => [m.to, m.subject])).toEqual([
      ['orang1@example.go.id', 'Pesan nomor 1'],
      ['orang2@example.go.id', 'Pesan nomor 2'],
    ]);
    expect(received[0]?.text).toContain('https://lumbung.example/minat/1');
    expect(received[0]?.html).toContain('<a href="https://lumbung.example/minat/1">pribadi</a>');
    expect(received[1]?.headers.get('content-language')).toBe('en');
    await until(async () => (await store.mailCounts()).sent === 2);
  });

  it('loses nothing and sends nothing twice while the server is down, once it is back', async () => {
    openStore();
    await smtp.stop();
    sender();
    for (let n = 1; n <= 12; n++) {
      await store.enqueueMail(mail(n), new Date().toISOString());
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    await until(async () => {
      const { rows } = await store.listMail({ status: 'queued', limit: 20, offset: 0 });
      return rows.length === 12 && rows.every((row) => row.attempts >= 2);
    });
    const { rows } = await store.listMail({ status: 'queued', limit: 1, offset: 0 });
    expect(rows[0]?.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
    await smtp.start();
    await smtp.waitFor(12);
    await until(async () => (await store.mailCounts()).sent === 12);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect([...arrivals().values()]).toEqual(Array.from({ length: 12 }, () => 1));
    expect(arrivals().size).toBe(12);
    // The operator's log says what failed, never to whom.
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toMatch(/@example\.go\.id|minat\//);
  });

  it("marks a message failed with the server's answer when it refuses for good (550)", async () => {
    openStore();
    smtp.refuse({ code: 550, text: 'Mailbox unavailable' });
    await store.enqueueMail(mail(1), new Date().toISOString());
    sender();
    await until(async () => (await store.mailCounts()).failed === 1);
    const { rows } = await store.listMail({ status: 'failed', limit: 1, offset: 0 });
    expect(rows[0]).toMatchObject({ attempts: 1, text: mail(1).text });
    expect(rows[0]?.lastError).toMatch(/^550 .*Mailbox unavailable/);
    expect(smtp.received).toHaveLength(0);
  });

  it('retries a message refused for now (451) and delivers it once the server accepts', async () => {
    openStore();
    smtp.refuse({ code: 451, text: 'Try again later' });
    await store.enqueueMail(mail(1), new Date().toISOString());
    sender();
    await until(async () => {
      const { rows } = await store.listMail({ status: 'queued', limit: 1, offset: 0 });
      return (rows[0]?.attempts ?? 0) >= 2;
    });
    const { rows } = await store.listMail({ status: 'queued', limit: 1, offset: 0 });
    expect(rows[0]?.lastError).toMatch(/^451 .*Try again later/);
    smtp.refuse(undefined);
    await smtp.waitFor(1);
    await until(async () => (await store.mailCounts()).sent === 1);
    expect(smtp.received).toHaveLength(1);
  });

  it('gives up a message still refused for now after the last attempt', async () => {
    openStore();
    smtp.refuse({ code: 451, text: 'Try again later' });
    await store.enqueueMail(mail(1), new Date().toISOString());
    sender({ maxAttempts: 3 });
    await until(async () => (await store.mailCounts()).failed === 1);
    const { rows } = await store.listMail({ status: 'failed', limit: 1, offset: 0 });
    expect(rows[0]).toMatchObject({ attempts: 3 });
    expect(rows[0]?.lastError).toMatch(/^451 /);
  });
});

describe('two senders on one PostgreSQL', () => {
  let postgres: TestPostgres;
  beforeAll(async () => {
    [postgres, smtp] = await Promise.all([startTestPostgres(), startTestSmtp()]);
  });
  afterAll(async () => {
    await Promise.all(senders.splice(0).map((made) => made.stop()));
    await smtp.stop();
    await postgres.stop();
  });

  it('send each message exactly once', async () => {
    const url = await postgres.createDatabase();
    const [first, second] = await Promise.all([
      openPostgresDatabase(url),
      openPostgresDatabase(url),
    ]);
    store = first;
    try {
      sender({ store: first });
      sender({ store: second });
      for (let n = 1; n <= 40; n++) {
        await (n % 2 === 0 ? first : second).enqueueMail(mail(n), new Date().toISOString());
      }
      await smtp.waitFor(40);
      await until(async () => (await first.mailCounts()).sent === 40);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(arrivals().size).toBe(40);
      expect([...arrivals().values()].every((count) => count === 1)).toBe(true);
    } finally {
      await Promise.all(senders.splice(0).map((made) => made.stop()));
      await Promise.all([first.close(), second.close()]);
    }
  });
});
