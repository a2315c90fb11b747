import { z } from 'zod';
import type { JobStore } from './jobs-types.ts';
import type { StatementRunner } from './outbox-store.ts';
import { isoTime, timestamp } from './rows.ts';

/** Agencies per read: a list of a few hundred parameters stays a small statement. */
const CHUNK = 500;

const reminderRowSchema = z.object({ agency_key: z.string(), sent_at: timestamp });

/** The job leases and agency reminders over either database (one statement each). */
export function jobStore(driver: StatementRunner): JobStore {
  return {
    async holdLease({ name, holder, now, until }) {
      const rows = await driver.all({
        text: `INSERT INTO job_leases (name, holder, held_until) VALUES (:name, :holder, :until)
          ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,
            held_until = excluded.held_until
          WHERE job_leases.held_until <= :now OR job_leases.holder = :holder
          RETURNING holder`,
        params: { name, holder, now: isoTime(now), until: isoTime(until) },
      });
      return rows.length === 1;
    },
    async recordReminder({ agencyKey, now, since }) {
      const rows = await driver.all({
        text: `INSERT INTO agency_reminders (agency_key, sent_at) VALUES (:agencyKey, :now)
          ON CONFLICT (agency_key) DO UPDATE SET sent_at = excluded.sent_at
          WHERE agency_reminders.sent_at <= :since
          RETURNING agency_key`,
        params: { agencyKey, now: isoTime(now), since: isoTime(since) },
      });
      return rows.length === 1;
    },
    async lastReminders(agencyKeys) {
      const found = new Map<string, string>();
      for (let start = 0; start < agencyKeys.length; start += CHUNK) {
        const chunk = agencyKeys.slice(start, start + CHUNK);
        const params = Object.fromEntries(chunk.map((key, index) => [`k${String(index)}`, key]));
        const rows = await driver.all({
          text: `SELECT agency_key, sent_at FROM agency_reminders
            WHERE agency_key IN (${Object.keys(params)
              .map((name) => `:${name}`)
              .join(', ')})`,
          params,
        });
        for (const row of rows) {
          const { agency_key, sent_at } = reminderRowSchema.parse(row);
          found.set(agency_key, isoTime(sent_at));
        }
      }
      return found;
    },
  };
}
