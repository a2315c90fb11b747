import { randomBytes } from 'node:crypto';
import type { ClaimedMail, OutboxStore } from '../database/outbox-types.ts';
import { describeError } from '../../lib/text/error.ts';
import { afterFailure, failureCode, type RetrySchedule, type SendFailure } from './schedule.ts';
import type { MailTransport } from './transport.ts';

/** How long a claim holds: longer than every SMTP timeout together (`smtpTimeoutsMs`). */
export const CLAIM_LEASE_MS = 3 * 60_000;

export interface MailSenderOptions {
  store: () => Promise<OutboxStore>;
  transport: MailTransport;
  schedule: RetrySchedule;
  /** How often the outbox is looked at when nothing told the sender of a new message. */
  pollMs: number;
  /** Lines for the operator: message ids, kinds and SMTP codes, never an address or a body. */
  log: (line: string) => void;
}

export interface MailSender {
  start(): void;
  /** A message was just written: look now rather than at the next poll. */
  kick(): void;
  /** Stops looking; resolves once the message under way is settled. */
  stop(): Promise<void>;
}

/**
 * Delivers the outbox: claims one due message at a time (atomically, so any number of senders
 * in any number of processes share one outbox), sends it, and settles it as sent, to retry
 * (with back-off) or failed, keeping the server's answer.
 */
export function createMailSender(options: MailSenderOptions): MailSender {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const drain = async () => {
    const store = await options.store();
    while (!stopped) {
      const now = new Date();
      const claimed = await store.claimMail({
        claim: randomBytes(12).toString('base64url'),
        now: now.toISOString(),
        until: new Date(now.getTime() + CLAIM_LEASE_MS).toISOString(),
      });
      if (claimed === undefined) return;
      await deliver(store, claimed, options);
    }
  };
  const tick = () => {
    if (stopped) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => {
        options.log(`Mail: outbox not read (${describeError(error)}); tried again later`);
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };

  return {
    start() {
      if (timer !== undefined || stopped) return;
      timer = setInterval(tick, options.pollMs);
      timer.unref();
      tick();
    },
    kick: tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      options.transport.close();
    },
  };
}

// --- internal ---

async function deliver(store: OutboxStore, mail: ClaimedMail, options: MailSenderOptions) {
  try {
    await options.transport.send(mail);
  } catch (error) {
    const failure = asSendFailure(error);
    const settlement = afterFailure(failure, mail.attempts, options.schedule, new Date());
    await store.settleMail(mail.id, mail.claim, settlement);
    options.log(
      `Mail: message ${String(mail.id)} (${mail.kind}) not sent, attempt ${String(mail.attempts)} ` +
        `(${failureCode(failure)}); ${settlement.kind === 'failed' ? 'given up' : 'to be retried'}`,
    );
    return;
  }
  await store.settleMail(mail.id, mail.claim, { kind: 'sent', now: new Date().toISOString() });
}

function asSendFailure(error: unknown): SendFailure {
  if (error instanceof Error) return error;
  return { message: String(error) };
}
