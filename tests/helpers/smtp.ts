import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../src/infra/meilisearch/port.ts';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`, plain (no STARTTLS offered). */
  url: string;
  /** Every message the server accepted, in order of arrival. */
  received: ReceivedMail[];
  /** Refuses every recipient with this reply (`550 …`, `451 …`) until called with undefined. */
  refuse(reply: { code: number; text: string } | undefined): void;
  /** Stops listening (the port stays this server's: `start` listens on it again). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Resolves once `count` messages arrived in all; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
}

/**
 * A real SMTP server (the `smtp-server` package) on a random local port, that keeps what it
 * receives, parsed (`mailparser`), so a test reads what a person would.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let refusal: { code: number; text: string } | undefined;
  let server: SMTPServer | undefined;
  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (refusal === undefined) {
          callback();
          return;
        }
        callback(Object.assign(new Error(refusal.text), { responseCode: refusal.code }));
      },
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            received.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address).join(','),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              headers: mail.headers,
            });
            callback();
          },
          (error: unknown) => {
            callback(error as Error);
          },
        );
      },
    });
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        resolve();
      });
    });
  };
  await listen();
  return {
    url: `smtp://127.0.0.1:${String(port)}`,
    received,
    refuse: (reply) => {
      refusal = reply;
    },
    stop: () =>
      new Promise((resolve) => {
        const stopping = server;
        server = undefined;
        if (stopping === undefined) {
          resolve();
          return;
        }
        stopping.close(() => {
          resolve();
        });
      }),
    start: listen,
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`${String(received.length)} of ${String(count)} messages arrived`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return received;
    },
  };
}
