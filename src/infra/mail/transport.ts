import nodemailer from 'nodemailer';
import type { OutboxMail } from '../database/outbox-types.ts';

/** Delivers one message, or throws nodemailer's error (with the server's answer when it gave one). */
export interface MailTransport {
  send(mail: OutboxMail): Promise<void>;
  close(): void;
}

/**
 * Waits shorter than a claim's lease (`sender.ts`): a send that hangs ends before another
 * sender may take the same message, so a slow server never gets it twice.
 */
export const smtpTimeoutsMs = {
  connectionTimeout: 20_000,
  greetingTimeout: 20_000,
  socketTimeout: 40_000,
};

/**
 * SMTP through nodemailer from `SMTP_URL` (`smtp://user:pass@host:587` upgrades with STARTTLS
 * when the server offers it, `smtps://` is TLS from the start). One connection per message: the
 * outbox is small and a connection never outlives a server restart.
 */
export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport({ url, ...smtpTimeoutsMs }, { from });
  return {
    async send(mail) {
      await transporter.sendMail({
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.locale },
      });
    },
    close: () => {
      transporter.close();
    },
  };
}
