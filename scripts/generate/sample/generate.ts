import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildAgencies } from '../agencies.ts';
import { createConceptFactory } from '../concepts.ts';
import { igaEntries } from '../iga/entries.ts';
import { inolanEntries } from '../inolan/entries.ts';
import { kippEntries } from '../kipp/entries.ts';
import { kippYears } from '../kipp/years.ts';
import { fixedInnovations } from '../real.ts';
import { loadRegions } from '../regions.ts';
import type { Seen } from '../reuse.ts';
import { createRng } from '../rng.ts';
import { loadTaxonomy } from '../taxonomy.ts';
import { newLedger, type SampleContext } from './context.ts';
import { writeExpected } from './expected.ts';
import { writeIgaSample } from './iga.ts';
import { writeInolanSample } from './inolan.ts';
import { writeKippSample } from './kipp.ts';

export interface SampleOptions {
  seed: number;
  /** The output folder; its `kipp/`, `iga/` and `inolan/` are replaced. */
  out: string;
  taxonomyPath: string;
}

export interface SampleSummary {
  files: number;
  records: number;
  innovations: number;
}

const regionalClusters = new Set(['provinsi', 'kabupaten', 'kota']);

/** Writes the bundled sample of all three programmes and what the ingest must find in it. */
export async function generateSample(options: SampleOptions): Promise<SampleSummary> {
  const rng = createRng(options.seed);
  const regions = loadRegions();
  const agencies = buildAgencies(regions);
  const factory = createConceptFactory(regions);
  const fixed = fixedInnovations(rng.fork('fixed'), factory, agencies);
  const appearances = fixed.flatMap((innovation) => innovation.appearances);
  const fixedIds = new Set(fixed.map((innovation) => innovation.concept.id));
  const of = (programme: string) =>
    appearances.filter((appearance) => appearance.programme === programme);

  const kipp = kippEntries(rng.fork('kipp-entries'), kippYears, factory, agencies, of('kipp'));
  const kippSeen = firstSeen(kipp).filter((seen) => !fixedIds.has(seen.concept.id));
  const iga = igaEntries(
    rng.fork('iga-entries'),
    factory,
    agencies,
    kippSeen.filter((seen) => regionalClusters.has(seen.concept.agency.cluster)),
    of('iga'),
  );
  const igaSeen = firstSeen(iga).filter((seen) => !fixedIds.has(seen.concept.id));
  const inolan = inolanEntries(
    rng.fork('inolan-entries'),
    factory,
    agencies,
    { kipp: kippSeen, iga: igaSeen },
    of('inolan'),
  );

  const taxonomy = loadTaxonomy(options.taxonomyPath);
  for (const folder of ['kipp', 'iga', 'inolan'])
    await rm(join(options.out, folder), { recursive: true, force: true });
  const context: SampleContext = {
    rng,
    out: options.out,
    regions,
    taxonomy,
    agencies,
    factory,
    fixedIds,
    ledger: newLedger(),
  };
  await writeKippSample(context, kipp);
  await writeIgaSample(context, iga);
  await writeInolanSample(context, inolan);
  await writeExpected(options, context.ledger, fixed);
  const counts = [...context.ledger.files.values()];
  return {
    files: counts.length,
    records: counts.reduce((sum, file) => sum + file.records, 0),
    innovations: context.ledger.places.size,
  };
}

function firstSeen(entries: readonly { concept: Seen['concept']; year: number }[]): Seen[] {
  const first = new Map<number, Seen>();
  for (const { concept, year } of entries) {
    const known = first.get(concept.id);
    if (!known || year < known.year) first.set(concept.id, { concept, year });
  }
  return [...first.values()];
}
