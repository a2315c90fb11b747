import type { browse as source } from '../id/browse.ts';

export const browse: Record<keyof typeof source, string> = {
  'browse.title': 'Browse innovations',
};
