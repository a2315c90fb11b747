export const opendata = {
  'opendata.title': 'Data terbuka',
} as const;
