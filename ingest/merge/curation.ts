import type { CurationDecision } from '../../src/lib/curation/decision.ts';
import type { MergeKeys } from './keys.ts';

/**
 * What the administrators' decisions (`src/lib/curation/decision.ts`) make of a merge, worked out
 * before the rule runs, decisions in the order they were made (a later one wins):
 *
 * - a `join` makes its records one innovation whatever the rule says (even two different
 *   expansions), and each of them counts as having carried the survivor's id;
 * - a `split` takes its records out of every earlier join, makes them one innovation, and puts
 *   their merge keys in a space of their own (`#s<decision>`), so the rule never joins them
 *   with the innovation they left, nor a new record with them; they do not claim the id they
 *   left (so the split-off part gets its own id back, or a new one).
 */
export interface CurationPlan {
  /** How many decisions the plan holds. */
  readonly decisions: number;
  /** Whether a decision names this source record (`provenanceKey`). */
  names: (record: string) => boolean;
  /** The record's merge keys, in a split's own key space when a split took it. */
  keysOf: (record: string, keys: MergeKeys) => MergeKeys;
  /** Sets of records that are each one innovation, whatever the rule says. */
  readonly unions: readonly (readonly string[])[];
  /** The id a record counts as having carried last time (`previous` is what it carried). */
  previousId: (record: string, previous: string | undefined) => string | undefined;
}

type IdRule = { keep: string } | { refuse: string };

export function planCuration(decisions: readonly CurationDecision[]): CurationPlan {
  const unions: Set<string>[] = [];
  const spaces = new Map<string, string>();
  const ids = new Map<string, IdRule>();
  for (const decision of [...decisions].sort((a, b) => a.id - b.id)) {
    const records = new Set(decision.records);
    if (decision.kind === 'join') {
      for (const record of records) ids.set(record, { keep: decision.survivor });
    } else {
      for (const union of unions) for (const record of records) union.delete(record);
      for (const record of records) {
        spaces.set(record, `s${String(decision.id)}`);
        ids.set(record, { refuse: decision.from });
      }
    }
    unions.push(records);
  }
  return {
    decisions: decisions.length,
    names: (record) => ids.has(record),
    keysOf: (record, keys) => {
      const space = spaces.get(record);
      if (space === undefined) return keys;
      return { ...keys, keys: keys.keys.map((key) => `${key}#${space}`) };
    },
    unions: unions.filter((union) => union.size > 1).map((union) => [...union]),
    previousId: (record, previous) => {
      const rule = ids.get(record);
      if (rule === undefined) return previous;
      if ('keep' in rule) return rule.keep;
      return previous === rule.refuse ? undefined : previous;
    },
  };
}

/** No decisions: the rule alone. */
export const noCuration: CurationPlan = planCuration([]);
