import { DatabaseSync } from 'node:sqlite';
import { openSqliteDatabase } from '../../../src/infra/database/sqlite.ts';
import { makeTempDir } from '../../helpers/temp.ts';
import { describeAccountsContract } from './accounts-contract.ts';
import { describeAgencyKeysContract } from './agency-keys-contract.ts';
import { describeAgencyUpdatesContract } from './agency-updates-contract.ts';
import { describeClaimsContract } from './claims-contract.ts';
import { describeCurationContract } from './curation-contract.ts';
import { describeHarvestContract } from './harvest-contract.ts';
import { describeIngestJobsContract } from './ingest-jobs-contract.ts';
import { describeLeaseContract } from './lease-contract.ts';
import { describeOutboxContract } from './outbox-contract.ts';
import { describeReplicationContract } from './replication-contract.ts';
import { describeSnapshotContract } from './snapshot-contract.ts';
import { describeInterestStoreContract, type OpenedStore } from './store-contract.ts';

/** A fresh SQLite file in a folder of its own, removed by `cleanup`. */
async function openTempSqlite(): Promise<OpenedStore> {
  const dir = await makeTempDir('interest-sqlite');
  const path = dir.file('interest.sqlite');
  const store = openSqliteDatabase(path);
  return {
    store,
    reopen: () => Promise.resolve(openSqliteDatabase(path)),
    appliedMigrations() {
      const db = new DatabaseSync(path, { readOnly: true });
      try {
        const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
        return Promise.resolve(rows.map((row) => Number(row.version)));
      } finally {
        db.close();
      }
    },
    async cleanup() {
      await store.close();
      await dir.remove();
    },
  };
}

describeInterestStoreContract('SQLite', openTempSqlite);
describeOutboxContract('SQLite', openTempSqlite);
describeSnapshotContract('SQLite', openTempSqlite);
describeAccountsContract('SQLite', openTempSqlite);
describeAgencyKeysContract('SQLite', openTempSqlite);
describeAgencyUpdatesContract('SQLite', openTempSqlite);
describeClaimsContract('SQLite', openTempSqlite);
describeCurationContract('SQLite', openTempSqlite);
describeLeaseContract('SQLite', openTempSqlite);
describeReplicationContract('SQLite', openTempSqlite);
describeIngestJobsContract('SQLite', openTempSqlite);
describeHarvestContract('SQLite', openTempSqlite);
