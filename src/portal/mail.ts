import type { Config } from '../infra/config.ts';
import type { OutboxStore } from '../infra/database/outbox-types.ts';
import { createMailSender, type MailSender } from '../infra/mail/sender.ts';
import { smtpTransport } from '../infra/mail/transport.ts';
import type { PortalLog } from './types.ts';

/** The portal's side of the outbox: the sender that delivers it, when SMTP_URL is set. */
export interface PortalMail {
  /** Whether messages leave the outbox (SMTP_URL set); else administrators read them there. */
  readonly delivering: boolean;
  /** A message was written: deliver it now rather than at the next poll. */
  readonly kick: () => void;
  readonly start: () => void;
  readonly stop: () => Promise<void>;
}

/** Every site process runs a sender: claims keep two of them from sending one message. */
export function createPortalMail(
  config: Config,
  store: () => Promise<OutboxStore>,
  log: PortalLog,
): PortalMail {
  const { SMTP_URL: url, MAIL_FROM: from } = config;
  if (url === undefined || from === undefined) {
    const idle = () => undefined;
    return { delivering: false, kick: idle, start: idle, stop: () => Promise.resolve() };
  }
  let sender: MailSender | undefined;
  const make = () =>
    (sender ??= createMailSender({
      store,
      transport: smtpTransport(url, from),
      schedule: {
        baseMs: config.MAIL_RETRY_BASE_MS,
        maxMs: config.MAIL_RETRY_MAX_MS,
        maxAttempts: config.MAIL_MAX_ATTEMPTS,
      },
      pollMs: config.MAIL_POLL_MS,
      log: log.warn,
    }));
  return {
    delivering: true,
    kick: () => {
      sender?.kick();
    },
    start: () => {
      make().start();
    },
    stop: async () => {
      await sender?.stop();
    },
  };
}
