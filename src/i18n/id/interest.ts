/** Messages of replication-interest tracking: the activity, the form, the private page. */
export const interest = {
  'interest.title': 'Minat replikasi',
} as const;
