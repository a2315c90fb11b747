import type { AgencyPool } from '../agencies.ts';
import type { ConceptFactory } from '../concepts.ts';
import type { FixedAppearance } from '../real.ts';
import { reuse, seenAround, type Seen } from '../reuse.ts';
import type { Rng } from '../rng.ts';
import type { InolanEntry } from './item.ts';

/** Laboratory items per year in the sample. */
export const inolanYears: readonly (readonly [number, number])[] = [
  [2015, 15],
  [2016, 20],
  [2017, 25],
  [2018, 30],
  [2019, 35],
  [2020, 35],
  [2021, 40],
  [2022, 40],
  [2023, 40],
  [2024, 40],
  [2025, 40],
];

/** The laboratory works mostly with regional governments, some central agencies. */
export const inolanClusterWeights = {
  kabupaten: 50,
  kota: 20,
  provinsi: 12,
  kementerian: 10,
  lembaga: 8,
  bumn: 0,
  bumd: 0,
} as const;

/**
 * The InoLAN entries of the sample: new laboratory innovations and innovations KIPP or IGA
 * also hold. Ids grow with gaps, as an API's do.
 */
export function inolanEntries(
  rng: Rng,
  factory: ConceptFactory,
  agencies: AgencyPool,
  elsewhere: { kipp: readonly Seen[]; iga: readonly Seen[] },
  fixed: readonly FixedAppearance[],
): InolanEntry[] {
  const entries: InolanEntry[] = [];
  let id = 1200;
  for (const [year, count] of inolanYears) {
    const used = new Set<number>();
    const slots = fixed
      .filter((appearance) => appearance.year === year)
      .map(({ concept, title }) => {
        used.add(concept.id);
        return { concept, title };
      });
    const fromKipp = seenAround(elsewhere.kipp, year, 5);
    const fromIga = seenAround(elsewhere.iga, year, 3);
    while (slots.length < count) {
      const draw = rng.int(1, 100);
      const again =
        draw <= 12
          ? reuse(rng, fromKipp, used, 0.6)
          : draw <= 20
            ? reuse(rng, fromIga, used, 0.6)
            : undefined;
      if (again) {
        slots.push(again);
        continue;
      }
      const concept = factory.make(rng, agencies.pick(rng, inolanClusterWeights, year), year);
      used.add(concept.id);
      slots.push({ concept, title: concept.title.text });
    }
    for (const slot of rng.shuffle(slots)) {
      id += rng.int(1, 7);
      entries.push({ ...slot, year, id });
    }
  }
  return entries;
}
