import type { trends as source } from '../id/trends.ts';

export const trends: Record<keyof typeof source, string> = {
  'trends.title': 'Innovation trends',
};
