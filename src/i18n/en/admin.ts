import type { admin as id } from '../id/admin.ts';

/** Messages of the administration pages under /admin. */
export const admin: Record<keyof typeof id, string> = {
  'admin.title': 'Administration',
};
