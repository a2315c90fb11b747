export const trends = {
  'trends.title': 'Tren inovasi',
} as const;
