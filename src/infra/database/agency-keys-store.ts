import type { AgencyKeyStore } from './agency-keys-types.ts';
import type { StatementRunner } from './outbox-store.ts';
import { isoTime } from './rows.ts';

/** The re-keying statements over either database (added to the store by `createSqlDatabase`). */
export function agencyKeyStore(driver: StatementRunner): AgencyKeyStore {
  const run = (text: string, params: Record<string, string | number>) =>
    driver.all({ text, params });
  return {
    async dataStepDone(name) {
      return (await run('SELECT name FROM data_steps WHERE name = :name', { name })).length > 0;
    },
    async recordDataStep(name, now) {
      await run(
        `INSERT INTO data_steps (name, done_at) VALUES (:name, :now)
          ON CONFLICT (name) DO NOTHING`,
        { name, now: isoTime(now) },
      );
    },
    async rekeyRegistration(id, agencyKey) {
      const rows = await run(
        `UPDATE registrations SET agency_key = :agencyKey
          WHERE id = :id AND NOT EXISTS (
            SELECT 1 FROM registrations other
            WHERE other.innovation_id = registrations.innovation_id
              AND other.agency_key = :agencyKey AND other.id <> registrations.id)
          RETURNING id`,
        { id, agencyKey },
      );
      return rows.length === 1;
    },
    async rekeyAccount({ id, agency, from, to }) {
      await run('UPDATE accounts SET agency = :agency, agency_key = :to WHERE id = :id', {
        id,
        agency,
        to,
      });
      if (from === to) return;
      await run('UPDATE agency_updates SET agency_key = :to WHERE agency_key = :from', {
        from,
        to,
      });
      // A reminder the new key has already is kept (both were to the same agency).
      await run(
        `UPDATE agency_reminders SET agency_key = :to WHERE agency_key = :from
          AND NOT EXISTS (SELECT 1 FROM agency_reminders other WHERE other.agency_key = :to)`,
        { from, to },
      );
      await run('DELETE FROM agency_reminders WHERE agency_key = :from', { from });
    },
  };
}
