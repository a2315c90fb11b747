/** Messages of the search pages. */
export const search = {
  'search.title': 'Cari inovasi',
} as const satisfies Record<string, string>;
