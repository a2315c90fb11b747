import { join } from 'node:path';
import { innovationSchema, type Innovation } from '../../src/lib/schema/innovation.ts';
import { currentHeader, GroupFingerprints } from '../merge/catalogue.ts';
import { combine } from '../merge/combine.ts';
import { MergeGroups } from '../merge/groups.ts';
import { IdClaims, IssuedIds, type RenamedId } from '../merge/id-claims.ts';
import { mergeKeysOf } from '../merge/keys.ts';
import { noCuration, type CurationPlan } from '../merge/curation.ts';
import type { IdChanges } from '../../src/lib/curation/decision.ts';
import { entryOf, type PreviousCatalogue, type PreviousLine } from '../merge/previous-ids.ts';
import { provenanceKey, type SourceRecord } from '../record.ts';
import { NdjsonWriter, readLines } from '../spool.ts';

/** Where the merge writes: the public records, their catalogue, and what changed. */
export interface MergeOutput {
  innovations: string;
  catalogue: string;
  /** The public records new or changed since last time (when publishing). */
  changes?: string;
}

export interface MergeResult {
  records: number;
  total: number;
  renamed: RenamedId[];
  /** Innovations new or changed since the last run (written to `changes`). */
  changed: number;
  /** Ids published last time that this run no longer gives. */
  removed: string[];
  /** What became of the removed ids, and the ids new this run (the store's redirects). */
  ids: IdChanges;
  /** Writes `innovations` and `catalogue` (until then only `changes` is written). */
  assemble: () => Promise<void>;
  /** The lines of last time's records written again as they were (not given to `add`). */
  reusedLines: () => AsyncGenerator<string>;
}

/** Records per bucket: small enough that one bucket's records fit easily in memory. */
const BUCKET_RECORDS = 5_000;

/** The merge's first pass done: how much may change, and the step that builds the records. */
export interface GroupedRecords {
  records: number;
  /**
   * At most how many innovations this run gives anew or changed (the groups it builds) or
   * removes (last time's ids no group carries on): what decides a publish in place.
   */
  atMostChanged: number;
  /** Builds the groups' records; `add` is given each as it is built (a new index's feed). */
  build: (
    output: MergeOutput,
    updatedAt: string,
    add?: (innovation: Innovation) => Promise<void>,
  ) => Promise<MergeResult>;
}

/**
 * The merge stage, in bounded memory: a first pass over the records (in the order given)
 * groups them by merge keys and fingerprints each group. A group whose source records are
 * exactly those of a record written last time is that record again; the others are partitioned
 * by group into buckets on disk, and each bucket is combined group by group (`build`). The
 * records built are all that publishing in place needs; `assemble` then writes the whole
 * output, last time's records with this run's, and may run while the index is updated.
 */
export async function groupRecords(
  paths: readonly string[],
  workDir: string,
  previous: PreviousCatalogue,
  plan: CurationPlan = noCuration,
): Promise<GroupedRecords> {
  const groups = new MergeGroups();
  const fingerprints = new GroupFingerprints();
  // Decisions come first: a joined record counts as having carried the survivor's id.
  const previousId = (p: SourceRecord['provenance']) =>
    plan.previousId(provenanceKey(p), previous.id(p));
  const claims = new IdClaims(previousId, (index) => groups.groupOf(index));
  const named = new Map<string, number>();
  for await (const line of readAll(paths)) {
    const record = JSON.parse(line) as SourceRecord;
    const key = provenanceKey(record.provenance);
    const index = groups.add(plan.keysOf(key, mergeKeysOf(record)));
    claims.claim(record, index);
    if (plan.names(key)) named.set(key, index);
    fingerprints.add(line);
  }
  forceUnions(groups, plan, named);
  fingerprints.close((index) => groups.groupOf(index));
  const kept = keptGroups(groups, (group) => previous.reusable(fingerprints.of(group)));
  const buckets = await partition(paths, workDir, groups, kept.groups);
  const context = { workDir, previous, groups, fingerprints, claims, kept, buckets };
  return {
    records: groups.records,
    atMostChanged: groups.countGroups() - kept.ids.length + previous.total - claims.winningGroups(),
    build: (output, updatedAt, add) => buildRecords(context, output, updatedAt, add),
  };
}

interface MergeContext {
  workDir: string;
  previous: PreviousCatalogue;
  groups: MergeGroups;
  fingerprints: GroupFingerprints;
  claims: IdClaims;
  kept: KeptGroups;
  buckets: string[];
}

async function buildRecords(
  { workDir, previous, groups, fingerprints, claims, kept, buckets }: MergeContext,
  output: MergeOutput,
  updatedAt: string,
  add?: (innovation: Innovation) => Promise<void>,
): Promise<MergeResult> {
  const ids = new IssuedIds(previous.had);
  // Each was won by its group (all its records carried it): `keep` cannot refuse one.
  for (const id of kept.ids) ids.keep(id);
  const built = {
    innovations: join(workDir, 'built.ndjson'),
    catalogue: join(workDir, 'built-catalogue.ndjson'),
  };
  const writers = {
    out: new NdjsonWriter(built.innovations),
    catalogue: new NdjsonWriter(built.catalogue),
    changes: output.changes === undefined ? undefined : new NdjsonWriter(output.changes),
  };
  let changed = 0;
  const moves = new Map<string, string>();
  const added: string[] = [];
  for (const bucket of buckets) {
    for (const [group, records] of await groupsInBucket(bucket)) {
      const combined = combine(records, updatedAt, claims.previousIdsOf(group));
      combined.id = claims.keeps(combined.id, group)
        ? ids.keep(combined.id)
        : ids.issue(combined.id, combined.title);
      // The one check of the public record, where it is made: publishing reads it as written.
      const innovation = innovationSchema.parse(combined);
      noteMoves(moves, records, innovation.id, previous);
      if (!previous.had(innovation.id)) added.push(innovation.id);
      const entry = entryOf(innovation, fingerprints.of(group));
      // `updatedAt` says when something a reader sees changed, not when the last ingest ran.
      const since = previous.unchangedSince(entry[0], entry[2]);
      innovation.updatedAt = since ?? updatedAt;
      entry[1] = innovation.updatedAt;
      await writers.out.write(innovation);
      await writers.catalogue.write(entry);
      await add?.(innovation);
      if (since === undefined) {
        await writers.changes?.write(innovation);
        changed += 1;
      }
    }
  }
  await Promise.all([writers.out.close(), writers.catalogue.close(), writers.changes?.close()]);
  const removed = await previous.removed((id) => ids.has(id));
  return {
    records: groups.records,
    total: ids.count,
    changed,
    renamed: ids.renamed,
    removed,
    ids: idChanges(removed, moves, added),
    assemble: () => assemble(output, built, previous, kept.lines),
    reusedLines: () => keptLines(previous, kept.lines),
  };
}

/** Joins the records each decision makes one innovation (after the rule, which it overrules). */
function forceUnions(
  groups: MergeGroups,
  plan: CurationPlan,
  named: ReadonlyMap<string, number>,
): void {
  for (const union of plan.unions) {
    const indices = union.flatMap((record) => named.get(record) ?? []);
    const [first] = indices;
    if (first !== undefined) for (const index of indices) groups.force(first, index);
  }
}

/** Notes, per id a record carried last time, the innovation it is in now, when another. */
function noteMoves(
  moves: Map<string, string>,
  records: readonly SourceRecord[],
  id: string,
  previous: PreviousCatalogue,
): void {
  for (const record of records) {
    const before = previous.id(record.provenance);
    if (before !== undefined && before !== id && !moves.has(before)) moves.set(before, id);
  }
}

/** A removed id moved when one of its records is in an innovation now; else it is gone. */
function idChanges(
  removed: readonly string[],
  moves: ReadonlyMap<string, string>,
  added: readonly string[],
): IdChanges {
  const moved: [string, string][] = [];
  const gone: string[] = [];
  for (const id of removed) {
    const target = moves.get(id);
    if (target === undefined) gone.push(id);
    else moved.push([id, target]);
  }
  return { moved, gone, added };
}

/** The groups that are a record of last time again: their flags, lines and ids. */
interface KeptGroups {
  groups: Uint8Array;
  lines: Set<number>;
  ids: string[];
}

function keptGroups(
  groups: MergeGroups,
  reusable: (group: number) => { line: number; id: string } | undefined,
): KeptGroups {
  const kept: KeptGroups = {
    groups: new Uint8Array(groups.records),
    lines: new Set<number>(),
    ids: [] as string[],
  };
  for (let index = 0; index < groups.records; index += 1) {
    const found = groups.groupOf(index) === index ? reusable(index) : undefined;
    if (found === undefined) continue;
    kept.groups[index] = 1;
    kept.lines.add(found.line);
    kept.ids.push(found.id);
  }
  return kept;
}

/** Writes the output: the kept lines of last time's records, then the records built. */
async function assemble(
  output: MergeOutput,
  built: { innovations: string; catalogue: string },
  previous: PreviousCatalogue,
  kept: ReadonlySet<number>,
): Promise<void> {
  const out = new NdjsonWriter(output.innovations);
  const catalogue = new NdjsonWriter(output.catalogue);
  await catalogue.write(currentHeader());
  for await (const { entry, innovation } of keptPairs(previous, kept)) {
    await out.writeRaw(`${innovation}\n`);
    await catalogue.writeRaw(`${entry}\n`);
  }
  for await (const line of readLines(built.innovations)) await out.writeRaw(`${line}\n`);
  for await (const line of readLines(built.catalogue)) await catalogue.writeRaw(`${line}\n`);
  await Promise.all([out.close(), catalogue.close()]);
}

/** Last time's records that groups of this run are again, with their catalogue entries. */
async function* keptPairs(
  previous: PreviousCatalogue,
  kept: ReadonlySet<number>,
): AsyncGenerator<PreviousLine> {
  if (kept.size === 0) return;
  let line = 0;
  for await (const pair of previous.lines()) {
    line += 1;
    if (kept.has(line - 1)) yield pair;
  }
}

async function* keptLines(
  previous: PreviousCatalogue,
  kept: ReadonlySet<number>,
): AsyncGenerator<string> {
  for await (const { innovation } of keptPairs(previous, kept)) yield innovation;
}

/** Writes each group's records, but those of `kept` groups, to its bucket; returns the buckets. */
async function partition(
  paths: readonly string[],
  workDir: string,
  groups: MergeGroups,
  kept: Uint8Array,
): Promise<string[]> {
  const count = Math.max(1, Math.ceil(groups.records / BUCKET_RECORDS));
  const buckets = Array.from({ length: count }, (_, i) => join(workDir, `bucket-${i}.ndjson`));
  const writers = buckets.map((path) => new NdjsonWriter(path));
  let index = 0;
  for await (const line of readAll(paths)) {
    const group = groups.groupOf(index);
    index += 1;
    if (kept[group] !== 1) await writers[group % count]?.writeRaw(`${String(group)}\t${line}\n`);
  }
  await Promise.all(writers.map((writer) => writer.close()));
  return buckets;
}

function readAll(paths: readonly string[]): AsyncGenerator<string> {
  return (async function* () {
    for (const path of paths) yield* readLines(path);
  })();
}

/** A bucket's groups in group order, with their source records. */
async function groupsInBucket(path: string): Promise<[number, SourceRecord[]][]> {
  const byGroup = new Map<number, SourceRecord[]>();
  for await (const line of readLines(path)) {
    const tab = line.indexOf('\t');
    const group = Number(line.slice(0, tab));
    const record = JSON.parse(line.slice(tab + 1)) as SourceRecord;
    const members = byGroup.get(group);
    if (members) members.push(record);
    else byGroup.set(group, [record]);
  }
  return [...byGroup.entries()].sort(([a], [b]) => a - b);
}
