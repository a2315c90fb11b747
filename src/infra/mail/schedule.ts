import type { MailSettlement } from '../database/outbox-types.ts';

/** When a message that could not be sent is tried again, and when it is given up. */
export interface RetrySchedule {
  /** The wait after the first failed attempt; each further one doubles it. */
  baseMs: number;
  /** The longest wait between two attempts. */
  maxMs: number;
  /** Attempts after which a message that still fails for a temporary reason is marked failed. */
  maxAttempts: number;
}

/** What nodemailer's error tells: the server's answer (an SMTP reply) or the connection's failure. */
export interface SendFailure {
  code?: string | undefined;
  response?: string | undefined;
  responseCode?: number | undefined;
  permanent?: boolean | undefined;
  message: string;
}

/**
 * What to do with a message after a failed attempt (`attempts` made so far): a permanent
 * refusal (5xx but 503) fails it at once; a temporary one (4xx, a server that is down) waits
 * base·2^(n−1), at most `maxMs`, until `maxAttempts`.
 */
export function afterFailure(
  failure: SendFailure,
  attempts: number,
  schedule: RetrySchedule,
  now: Date,
): MailSettlement {
  const error = serverAnswer(failure);
  if (failure.permanent === true || attempts >= schedule.maxAttempts) {
    return { kind: 'failed', error };
  }
  const waitMs = Math.min(schedule.maxMs, schedule.baseMs * 2 ** Math.max(0, attempts - 1));
  return { kind: 'retry', error, nextAttemptAt: new Date(now.getTime() + waitMs).toISOString() };
}

/** The server's own answer when it gave one, else what failed (`ECONNECTION: …`); at most 1,000 characters. */
export function serverAnswer(failure: SendFailure): string {
  const answer = failure.response ?? `${failure.code ?? 'ERROR'}: ${failure.message}`;
  return answer.slice(0, 1000);
}

/** What a log line may say of a failure: its SMTP code or error code, never its text (it may name a person). */
export function failureCode(failure: SendFailure): string {
  return failure.responseCode !== undefined
    ? String(failure.responseCode)
    : (failure.code ?? 'error');
}
