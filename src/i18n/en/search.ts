import type { search as source } from '../id/search.ts';

export const search: Record<keyof typeof source, string> = {
  'search.title': 'Search innovations',
};
