import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/infra/database/types.ts';
import { takeSnapshot } from '../../../ingest/snapshot.ts';
import type { OpenedStore } from './store-contract.ts';

const record = (id: string, title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, title, summary: `Ringkasan ${title}`, interestCount: 0, ...extra });

/** Dated snapshots with their changelogs, on every database (sqlite.test.ts, postgres.test.ts). */
export function describeSnapshotContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Snapshot contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    let dir: string;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      dir = await mkdtemp(join(tmpdir(), 'snapshot-'));
    });
    afterEach(async () => {
      await opened.cleanup();
      await rm(dir, { recursive: true, force: true });
    });

    async function publish(day: string, lines: string[], keep = 24) {
      const file = join(dir, `${day}.ndjson`);
      await writeFile(file, `${lines.join('\n')}\n`);
      return takeSnapshot(store, { file, publishedAt: `${day}T08:00:00.000Z`, keep });
    }

    async function recordsOf(day: string): Promise<string> {
      const parts = await store.snapshotParts(day);
      if (parts === undefined) throw new Error(`no snapshot of ${day}`);
      const chunks: Uint8Array[] = [];
      for await (const part of parts) chunks.push(part);
      return gunzipSync(Buffer.concat(chunks)).toString('utf8');
    }

    it('keeps each publishing day as published, with what changed since the day before', async () => {
      const first = [record('a', 'Alpha'), record('b', 'Beta'), record('c', 'Gamma')];
      await publish('2026-11-01', first);
      // b's text changes, c goes, d comes; a's interest count alone is no change.
      const second = [
        record('a', 'Alpha', { interestCount: 7 }),
        record('b', 'Beta', { summary: 'Ringkasan baru' }),
        record('d', 'Delta'),
      ];
      await publish('2026-12-01', second);
      const [latest, earlier] = await store.snapshots();
      expect(earlier).toMatchObject({ day: '2026-11-01', records: 3 });
      expect(earlier?.changes.counts).toEqual({ added: 3, changed: 0, removed: 0 });
      expect(latest).toMatchObject({ day: '2026-12-01', records: 3 });
      expect(latest?.changes).toEqual({
        counts: { added: 1, changed: 1, removed: 1 },
        added: [{ id: 'd', title: 'Delta' }],
        changed: [{ id: 'b', title: 'Beta' }],
        removed: [{ id: 'c', title: 'Gamma' }],
      });
      expect(await recordsOf('2026-11-01')).toBe(`${first.join('\n')}\n`);
      expect(await recordsOf('2026-12-01')).toBe(`${second.join('\n')}\n`);
    });

    it("replaces a day's snapshot with its last publication and keeps only the newest", async () => {
      await publish('2026-10-01', [record('a', 'Alpha')]);
      await publish('2026-11-01', [record('a', 'Alpha'), record('b', 'Beta')]);
      await publish('2026-11-01', [record('b', 'Beta')]);
      const days = await store.snapshots();
      expect(days.map(({ day }) => day)).toEqual(['2026-11-01', '2026-10-01']);
      // Compared with the day before, not with the same day's earlier publication.
      expect(days[0]?.changes.counts).toEqual({ added: 1, changed: 0, removed: 1 });
      expect(await recordsOf('2026-11-01')).toBe(`${record('b', 'Beta')}\n`);
      await publish('2026-12-01', [record('c', 'Gamma')], 2);
      expect((await store.snapshots()).map(({ day }) => day)).toEqual(['2026-12-01', '2026-11-01']);
      expect(await store.snapshotParts('2026-10-01')).toBeUndefined();
    });

    it('stores a large catalogue in parts and gives it back whole', async () => {
      // Random titles do not compress: well over one part of a megabyte.
      const lines = Array.from({ length: 12_000 }, (_, n) =>
        record(`id-${String(n)}`, `${String(n)} ${randomBytes(150).toString('base64')}`),
      );
      await publish('2026-11-15', lines);
      const parts = await store.snapshotParts('2026-11-15');
      const sizes: number[] = [];
      for await (const part of parts ?? []) sizes.push(part.length);
      expect(sizes.length).toBeGreaterThan(1);
      expect(await recordsOf('2026-11-15')).toBe(`${lines.join('\n')}\n`);
    });

    it('takes none when none are to be kept', async () => {
      expect(await publish('2026-11-20', [record('a', 'Alpha')], 0)).toBeUndefined();
      expect(await store.snapshots()).toEqual([]);
    });
  });
}
