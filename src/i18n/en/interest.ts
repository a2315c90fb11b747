import type { interest as id } from '../id/interest.ts';

/** Messages of replication-interest tracking: the activity, the form, the private page. */
export const interest: Record<keyof typeof id, string> = {
  'interest.title': 'Replication interest',
};
