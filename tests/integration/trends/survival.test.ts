import type { Index } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentProgress } from '../../../ingest/readers/types.ts';
import { runRecordedIngest } from '../../../ingest/recorded-run.ts';
import { viewerOf } from '../../../src/features/accounts/session.ts';
import { decideUpdate } from '../../../src/features/agency/service.ts';
import { trendChartsSchema, type Survival } from '../../../src/lib/trends/view.ts';
import type { AgencyStatus } from '../../../src/lib/agency/update.ts';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import { connectEngine, type EngineConnection } from '../../../src/infra/meilisearch/connect.ts';
import { INDEX, sampleGroups } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import {
  countByHand,
  matchingDocuments,
  stateOf,
  type CountedDocument,
} from '../../helpers/survival-count.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';
import { callApi, usePortal } from '../api/harness.ts';

/*
 * "How many innovations stop after the award?" on the sample in a real Meilisearch, with
 * agencies' statements approved through the review queue: for two award years, every number
 * of the survival chart in /api/v1/trends equals a count taken by hand from the index's
 * documents (their awards and dated statements), with and without a filter, and again after a
 * full re-ingest.
 */
let meili: TestMeili;
let dir: TempDir;
let config: Config;
let engine: EngineConnection;
let portal: ReturnType<typeof testPortal>;
let store: Database;
let raw: Index;
/** Two innovations first awarded in 2019 and two in 2022, none with a dated programme status. */
let chosen: { a: string; b: string; c: string; d: string };

const thisYear = new Date().getUTCFullYear();
const today = new Date().toISOString().slice(0, 10);
const awardYears = [2019, 2022];
const quiet = { log: () => undefined, warn: () => undefined };
const progress = () => ({ ...silentProgress, done: () => undefined });
const sample = { groups: sampleGroups, dryRun: false, replace: true, publish: true };

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('survival')]);
  config = loadConfig({
    DATA_DIR: dir.path,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    RATE_LIMIT_READS: '100000',
  });
  engine = await connectEngine(config, { startIfNeeded: false });
  await runRecordedIngest(sample, { config, engine, progress, logs: quiet });
  portal = testPortal(config);
  usePortal(portal);
  store = await portal.database();
  raw = meili.client.index(INDEX);
  chosen = await chooseInnovations();
}, 300_000);

afterAll(async () => {
  await portal.close();
  await meili.stop();
  await dir.remove();
});

describe('the survival chart', () => {
  let before: Survival;

  it('counts the sample’s programme statements as counted by hand', async () => {
    before = await survivalOf('');
    await expectHandCounts(before, '');
  });

  it('counts the agencies’ approved statements, laid over the index, as counted by hand', async () => {
    await approve(chosen.a, 'berhenti', '2021-05-01');
    // Dated in the award year itself: not known to come after the award.
    await approve(chosen.b, 'berkembang', '2019-11-01');
    await approve(chosen.c, 'berlanjut', '2023-02-01');
    await approve(chosen.c, 'vakum', '2025-06-01');
    await approve(chosen.d, 'berlanjut', today);
    const ids = Object.values(chosen).map((id) => `"${id}"`);
    const documents = await matchingDocuments(raw, `id IN [${ids.join(', ')}]`);
    const byId = new Map(documents.map((document) => [document.id, document]));
    const states = (id: string, awardYear: number, years: number[]) =>
      years.map((year) => stateOf(byId.get(id) as CountedDocument, awardYear, year));
    expect(states(chosen.a, 2019, [2020, 2021, 2026])).toEqual(['unknown', 'stopped', 'stopped']);
    expect(states(chosen.b, 2019, [2020, 2026])).toEqual(['unknown', 'unknown']);
    expect(states(chosen.c, 2022, [2023, 2024, 2025])).toEqual(['running', 'running', 'stopped']);
    expect(states(chosen.d, 2022, [thisYear - 1, thisYear])).toEqual(['unknown', 'running']);

    const after = await survivalOf('');
    await expectHandCounts(after, '');
    // A stopped two years after its award of 2019; C running one year after its award of 2022.
    const change = (survival: Survival, year: number, after_: number) =>
      survival.cohorts.find((cohort) => cohort.awardYear === year)?.points[after_ - 1];
    expect(change(after, 2019, 2)?.stopped).toBe((change(before, 2019, 2)?.stopped ?? 0) + 1);
    expect(change(after, 2019, 2)?.unknown).toBe((change(before, 2019, 2)?.unknown ?? 0) - 1);
    expect(change(after, 2022, 1)?.running).toBe((change(before, 2022, 1)?.running ?? 0) + 1);
  });

  it('follows a search’s filters as the hand count with the same filter', async () => {
    const survival = await survivalOf('?program=kipp&klaster=kabupaten');
    await expectHandCounts(survival, 'programmes = "kipp" AND cluster = "kabupaten"');
  });

  it('keeps the agencies’ statements through a full re-ingest', async () => {
    await runRecordedIngest({ ...sample, full: true }, { config, engine, progress, logs: quiet });
    const survival = await survivalOf('');
    await expectHandCounts(survival, '');
    const [a] = await matchingDocuments(raw, `id = "${chosen.a}"`);
    expect(a && stateOf(a, 2019, 2021)).toBe('stopped');
  }, 120_000);
});

// --- helpers ---

async function survivalOf(query: string): Promise<Survival> {
  const answer = await callApi('/trends', `/trends${query}`);
  expect(answer.status).toBe(200);
  return trendChartsSchema.parse(await answer.json()).survival;
}

/** The chart's two award years, point by point, against the hand count of the same documents. */
async function expectHandCounts(survival: Survival, filter: string): Promise<void> {
  expect(survival.lastYear).toBe(thisYear);
  const documents = await matchingDocuments(raw, filter);
  for (const awardYear of awardYears) {
    const cohort = survival.cohorts.find((entry) => entry.awardYear === awardYear);
    const hand = countByHand(documents, awardYear, thisYear);
    expect(hand.awarded, `${String(awardYear)} has awarded innovations`).toBeGreaterThan(0);
    expect(cohort?.awarded, String(awardYear)).toBe(hand.awarded);
    expect(
      cohort?.points.map(({ running, stopped, unknown }) => ({ running, stopped, unknown })),
    ).toEqual(hand.points);
    expect(cohort?.points.map((point) => [point.after, point.year])).toEqual(
      hand.points.map((_, index) => [index + 1, awardYear + index + 1]),
    );
  }
}

/** An agency's update, submitted and approved by an administrator as the review queue does. */
async function approve(innovationId: string, status: AgencyStatus, asOf: string): Promise<void> {
  const submitted = await store.submitUpdate({
    innovationId,
    agencyKey: 'dinas-uji',
    status,
    asOf,
    whatChanged: `Status ${status} per ${asOf}.`,
    replication: { contact: { officePhone: '+62 21 555 0100' }, documents: [] },
    submittedBy: 'petugas@dinas-uji.go.id',
    locale: 'id',
    now: new Date().toISOString(),
  });
  const decided = await decideUpdate(
    portal,
    viewerOf(undefined),
    submitted.id,
    { kind: 'approve' },
    new Request('http://127.0.0.1/admin'),
  );
  expect(decided?.state).toBe('published');
}

async function chooseInnovations(): Promise<typeof chosen> {
  const documents = await matchingDocuments(raw);
  const undatedOf = (awardYear: number) =>
    documents
      .filter((document) => document.statusUpdatedAt === undefined)
      .filter((document) => countByHand([document], awardYear, awardYear).awarded === 1)
      .map((document) => document.id);
  const [a, b] = undatedOf(2019);
  const [c, d] = undatedOf(2022);
  if (a === undefined || b === undefined || c === undefined || d === undefined)
    throw new Error('the sample has too few awarded innovations without a dated status');
  return { a, b, c, d };
}
