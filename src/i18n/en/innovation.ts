import type { innovation as source } from '../id/innovation.ts';

export const innovation: Record<keyof typeof source, string> = {
  'innovation.similar': 'Similar innovations',
};
