import type { AgencyPool } from '../agencies.ts';
import type { Concept, ConceptFactory } from '../concepts.ts';
import type { FixedAppearance } from '../real.ts';
import type { Rng } from '../rng.ts';
import { titleVariant } from '../titles.ts';
import { drawUpdate, type KippEntry, type StatusUpdate } from './row.ts';
import { groupWeights, kippClusterWeights, registeredOnlyShare, type KippYear } from './years.ts';

/** Chance a slot goes to an innovation entered in one of the two previous years. */
const reentryChance = 0.07;

/**
 * The KIPP entries of the sample, year by year: the result layers, the registered-only share,
 * innovations entered again in a later year (under a respelled title now and then), and the
 * fixed real ones in the slots of their year and layer.
 */
export function kippEntries(
  rng: Rng,
  years: readonly KippYear[],
  factory: ConceptFactory,
  agencies: AgencyPool,
  fixed: readonly FixedAppearance[],
): KippEntry[] {
  const entered = new Map<number, Concept[]>();
  const entries: KippEntry[] = [];
  // One update per innovation, drawn when it is first entered; every later row carries it.
  const updates = new Map<number, StatusUpdate | undefined>();
  const fixedIds = new Set(fixed.map((appearance) => appearance.concept.id));
  const updateOf = (concept: Concept, year: number): StatusUpdate | undefined => {
    // What became of a real innovation is not ours to invent.
    if (fixedIds.has(concept.id)) return undefined;
    if (!updates.has(concept.id)) updates.set(concept.id, drawUpdate(rng, year));
    return updates.get(concept.id);
  };
  for (const { year, registrations, layers } of years) {
    const earlier = [...(entered.get(year - 1) ?? []), ...(entered.get(year - 2) ?? [])];
    const fixedThisYear = fixed.filter((appearance) => appearance.year === year);
    const taken = new Set(fixedThisYear.map((appearance) => appearance.concept.id));
    const slots: { concept: Concept; result: string; title: string; province?: string }[] =
      fixedThisYear.map(({ concept, result, title, province }) => ({
        concept,
        result,
        title,
        ...(province !== undefined && { province }),
      }));
    const registeredOnly = Math.round(registrations * registeredOnlyShare);
    for (const [result, count] of [...layers, ['', registeredOnly] as const]) {
      const open =
        count - fixedThisYear.filter((appearance) => appearance.result === result).length;
      for (let i = 0; i < open; i += 1) {
        const again = earlier.filter((concept) => !taken.has(concept.id));
        if (again.length > 0 && rng.chance(result === '' ? reentryChance / 2 : reentryChance)) {
          const concept = rng.pick(again);
          taken.add(concept.id);
          const title = rng.chance(0.5) ? titleVariant(rng, concept.title) : concept.title.text;
          slots.push({ concept, result, title });
        } else {
          const concept = factory.make(rng, agencies.pick(rng, kippClusterWeights, year), year);
          slots.push({ concept, result, title: concept.title.text });
        }
      }
    }
    // Fixed innovations appear only where their facts say.
    entered.set(
      year,
      slots.map((slot) => slot.concept).filter((concept) => !fixedIds.has(concept.id)),
    );
    const numbers = rng.shuffle(Array.from({ length: registrations }, (_, i) => i + 1));
    const withNumbers = slots.map((slot, i) => ({
      ...slot,
      seq: numbers[i] ?? registrations + i + 1,
    }));
    withNumbers.sort((a, b) => a.seq - b.seq);
    for (const { concept, result, title, seq, province } of withNumbers) {
      entries.push({
        concept,
        year,
        result,
        title,
        ...(province !== undefined && { province }),
        regNo: kippRegNo(year, seq),
        group: rng.weighted(groupWeights(year)),
        update: updateOf(concept, year),
      });
    }
  }
  return entries;
}

export const kippRegNo = (year: number, seq: number): string =>
  `KIPP-${String(year)}-${String(seq).padStart(5, '0')}`;
