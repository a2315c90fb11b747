import type { AgencyPool } from '../agencies.ts';
import type { Concept, ConceptFactory } from '../concepts.ts';
import type { FixedAppearance } from '../real.ts';
import { reuse, seenAround, type Seen } from '../reuse.ts';
import type { Rng } from '../rng.ts';
import type { IgaEntry } from './record.ts';

/** Records per assessment year in the sample. */
export const igaYears: readonly (readonly [number, number])[] = [
  [2018, 90],
  [2019, 120],
  [2020, 130],
  [2021, 140],
  [2022, 150],
  [2023, 160],
  [2024, 160],
  [2025, 150],
];

/** IGA is about regional governments, mostly regencies and cities. */
export const igaClusterWeights = {
  kabupaten: 68,
  kota: 22,
  provinsi: 10,
  kementerian: 0,
  lembaga: 0,
  bumn: 0,
  bumd: 0,
} as const;

/**
 * The IGA entries of the sample: new regional innovations, KIPP innovations of the same
 * regional government assessed by IGA too, and innovations assessed again in a later year.
 */
export function igaEntries(
  rng: Rng,
  factory: ConceptFactory,
  agencies: AgencyPool,
  kippRegional: readonly Seen[],
  fixed: readonly FixedAppearance[],
): IgaEntry[] {
  const entries: IgaEntry[] = [];
  const assessed: Concept[] = [];
  const assessedIds = new Set<number>();
  const fixedIds = new Set(fixed.map((appearance) => appearance.concept.id));
  for (const [year, count] of igaYears) {
    const used = new Set<number>();
    const slots = fixed
      .filter((appearance) => appearance.year === year)
      .map(({ concept, title }) => {
        used.add(concept.id);
        return { concept, title };
      });
    const fromKipp = seenAround(kippRegional, year, 4);
    while (slots.length < count) {
      const draw = rng.int(1, 100);
      const again =
        draw <= 22
          ? reuse(rng, fromKipp, used, 0.6)
          : draw <= 34
            ? reuse(rng, assessed, used, 0.3)
            : undefined;
      if (again) {
        slots.push(again);
        continue;
      }
      const concept = factory.make(rng, agencies.pick(rng, igaClusterWeights, year), year);
      used.add(concept.id);
      slots.push({ concept, title: concept.title.text });
    }
    for (const [i, slot] of rng.shuffle(slots).entries()) {
      entries.push({ ...slot, year, seq: i + 1 });
      // Fixed innovations appear only where their facts say.
      if (!assessedIds.has(slot.concept.id) && !fixedIds.has(slot.concept.id))
        assessed.push(slot.concept);
      assessedIds.add(slot.concept.id);
    }
  }
  return entries;
}
