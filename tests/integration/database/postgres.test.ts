import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDatabase } from '../../../src/infra/database/postgres.ts';
import { startTestPostgres, type TestPostgres } from '../../helpers/postgres.ts';
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

let postgres: TestPostgres;
beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(() => postgres.stop());

async function appliedMigrations(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    return rows.map((row) => row.version);
  } finally {
    await client.end();
  }
}

/** A fresh database on the test server. */
async function openTempPostgres(): Promise<OpenedStore> {
  const url = await postgres.createDatabase();
  const store = await openPostgresDatabase(url);
  return {
    store,
    reopen: () => openPostgresDatabase(url),
    appliedMigrations: () => appliedMigrations(url),
    cleanup: () => store.close(),
  };
}

describeInterestStoreContract('PostgreSQL', openTempPostgres);
describeOutboxContract('PostgreSQL', openTempPostgres);
describeSnapshotContract('PostgreSQL', openTempPostgres);
describeAccountsContract('PostgreSQL', openTempPostgres);
describeAgencyKeysContract('PostgreSQL', openTempPostgres);
describeAgencyUpdatesContract('PostgreSQL', openTempPostgres);
describeClaimsContract('PostgreSQL', openTempPostgres);
describeCurationContract('PostgreSQL', openTempPostgres);
describeLeaseContract('PostgreSQL', openTempPostgres);
describeReplicationContract('PostgreSQL', openTempPostgres);
describeIngestJobsContract('PostgreSQL', openTempPostgres);
describeHarvestContract('PostgreSQL', openTempPostgres);

describe('openPostgresDatabase', () => {
  it('migrates once when several processes open a new database at the same moment', async () => {
    const url = await postgres.createDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresDatabase(url)));
    try {
      const versions = await appliedMigrations(url);
      expect(versions.length).toBeGreaterThan(0);
      expect(new Set(versions).size).toBe(versions.length);
      expect(stores.map((store) => store.kind)).toEqual([
        'postgres',
        'postgres',
        'postgres',
        'postgres',
      ]);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('names the database when it cannot connect', async () => {
    const url = postgres.url.replace(/\/postgres$/, '/does_not_exist');
    await expect(openPostgresDatabase(url)).rejects.toThrow(/does_not_exist/);
  });
});
