import {
  countOf,
  idOf,
  maxIdOf,
  toActivity,
  toCounts,
  toIngestRun,
  toRegistration,
} from './rows.ts';
import * as sql from './sql.ts';
import type { Dialect, Query } from './sql.ts';
import { accountStore } from './accounts-store.ts';
import { agencyKeyStore } from './agency-keys-store.ts';
import { agencyUpdateStore } from './agency-updates-store.ts';
import { curationStore } from './curation-store.ts';
import { outboxStore } from './outbox-store.ts';
import { ingestLedger } from './ingest-ledger.ts';
import { ingestJobStore } from './ingest-jobs-store.ts';
import { harvestStore } from './harvest-store.ts';
import { claimStore } from './claims-store.ts';
import { jobStore } from './jobs-store.ts';
import { snapshotStore } from './snapshot-store.ts';
import { replicationStore } from './replication-store.ts';
import type { Database } from './types.ts';

/** What each database contributes: running a statement, a transaction, and closing. */
export interface Driver {
  readonly dialect: Dialect;
  /** The rows a statement returns (none for a statement without RETURNING). */
  all(query: Query): Promise<unknown[]>;
  /**
   * Runs `work` in one transaction on a driver of its own: committed when it resolves, rolled
   * back when it throws (on SQLite, the process's other statements wait until it ends).
   */
  transaction<T>(work: (inner: Driver) => Promise<T>): Promise<T>;
  /** The connection pool's use, for a driver that has one. */
  poolUse?: Database['poolUse'];
  close(): Promise<void>;
}

/**
 * The store over a transaction's driver, made once per driver: SQLite gives every transaction
 * the same one, and building the store's dozen parts for each (inside the write lock, which the
 * other site processes wait for) cost ~1.5 % of a site process's CPU under the interest bench.
 * The parts keep no state of their own, so one store serves every transaction of its driver.
 */
const transactionStores = new WeakMap<Driver, Database>();

function transactionStore(inner: Driver): Database {
  let store = transactionStores.get(inner);
  if (store === undefined) {
    store = createSqlDatabase(inner);
    transactionStores.set(inner, store);
  }
  return store;
}

/** Rows an export reads at a time. */
const exportPageSize = 500;

/**
 * The store over either database: both run the same statements (sql.ts) and parse their rows
 * the same way (rows.ts), so they give the same answers.
 */
export function createSqlDatabase(driver: Driver): Database {
  const { dialect } = driver;
  const first = async (query: Query) => (await driver.all(query))[0];
  const registration = async (query: Query) => {
    const row = await first(query);
    return row === undefined ? undefined : toRegistration(row);
  };

  return {
    kind: dialect,
    ...outboxStore(driver),
    ...accountStore(driver),
    ...agencyKeyStore(driver),
    ...ingestLedger(driver),
    ...ingestJobStore(driver),
    ...harvestStore(driver),
    ...agencyUpdateStore(driver),
    ...curationStore(driver),
    ...claimStore(driver),
    ...jobStore(driver),
    ...snapshotStore(driver),
    ...replicationStore(driver),
    transaction: (work) => driver.transaction((inner) => work(transactionStore(inner))),
    async register(entry) {
      const saved = toRegistration(await first(sql.upsert(entry)));
      return { registration: saved, created: saved.registrations === 1 };
    },
    confirm: (id, now) => registration(sql.confirm(id, now)),
    reclaimUnconfirmed: (entry, before) => registration(sql.reclaimUnconfirmed(entry, before)),
    byTokenHash: (tokenHash) => registration(sql.byTokenHash(tokenHash)),
    byId: (id) => registration(sql.byId(id)),
    async byEmail(email) {
      return (await driver.all(sql.byEmail(email))).map(toRegistration);
    },
    setTokenHash: (id, tokenHash) => registration(sql.setTokenHash(id, tokenHash)),
    setStage: (id, stage, now) => registration(sql.setStage(id, stage, now)),
    setHidden: (id, hidden, now) => registration(sql.setHidden(id, hidden, now)),
    async activity(innovationId) {
      const [countRows, entryRows] = await Promise.all([
        driver.all(sql.stageCounts(innovationId)),
        driver.all(sql.activeEntries(innovationId)),
      ]);
      return toActivity(innovationId, countRows, entryRows);
    },
    async totals(innovationId) {
      const countRows = await driver.all(sql.stageCounts(innovationId));
      const { counts, confirmedCounts, interestCount, replicationCount } = toActivity(
        innovationId,
        countRows,
        [],
      );
      return { counts, confirmedCounts, interestCount, replicationCount };
    },
    async counts(innovationIds) {
      return toCounts(await driver.all(sql.counts(dialect, innovationIds)), innovationIds);
    },
    async list(filter) {
      const queries = sql.adminList(dialect, filter);
      const [rows, total] = await Promise.all([driver.all(queries.page), first(queries.total)]);
      return { rows: rows.map(toRegistration), total: countOf(total) };
    },
    async *exportAll() {
      for (let afterId = 0; ;) {
        const page = (await driver.all(sql.exportPage(afterId, exportPageSize))).map(
          toRegistration,
        );
        yield* page;
        const last = page.at(-1);
        if (last === undefined || page.length < exportPageSize) return;
        afterId = last.id;
      }
    },
    async recordIngestRun(run) {
      const row = await first(sql.insertIngestRun(run));
      return idOf(row);
    },
    async ingestRuns(limit) {
      return (await driver.all(sql.ingestRuns(dialect, limit))).map(toIngestRun);
    },
    async ingestRun(id) {
      const row = await first(sql.ingestRun(dialect, id));
      return row === undefined ? undefined : toIngestRun(row);
    },
    async latestPublishedRun() {
      return maxIdOf(await first(sql.latestPublishedRun));
    },
    async ping() {
      await driver.all({ text: 'SELECT 1', params: {} });
    },
    poolUse: () => driver.poolUse?.(),
    close: () => driver.close(),
  };
}
