import type { PublicActivity, RegistrationInput } from '../../lib/interest/schema.ts';

/**
 * The activity with each entry rebuilt from the public fields by name: whatever else a store
 * row might carry stays behind. (A projection, not a schema parse: this runs on every read
 * and every registration, and the store's types already hold.)
 */
export function publicFieldsOnly(activity: PublicActivity): PublicActivity {
  const { innovationId, counts, confirmedCounts, interestCount, replicationCount } = activity;
  const entries = activity.entries.map(
    ({ agency, cluster, provinceCode, regencyCode, stage, stageChangedAt, evidence }) => ({
      agency,
      cluster,
      provinceCode,
      regencyCode,
      stage,
      stageChangedAt,
      ...(evidence !== undefined && { evidence }),
    }),
  );
  return {
    innovationId,
    counts: { ...counts },
    confirmedCounts: { ...confirmedCounts },
    interestCount,
    replicationCount,
    entries,
  };
}

/**
 * The activity a bot is shown: as if its entry had been added (it is in no store and no one
 * else sees it), so the answer does not tell it that it was caught.
 */
export function withDecoy(
  activity: PublicActivity,
  input: RegistrationInput,
  at: string,
): PublicActivity {
  const { agency, cluster, provinceCode, regencyCode } = input;
  return {
    ...activity,
    counts: { ...activity.counts, berminat: activity.counts.berminat + 1 },
    interestCount: activity.interestCount + 1,
    entries: [
      { agency, cluster, provinceCode, regencyCode, stage: 'berminat', stageChangedAt: at },
      ...activity.entries,
    ],
  };
}
