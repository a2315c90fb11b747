/** Messages of the administration pages under /admin. */
export const admin = {
  'admin.title': 'Administrasi',
} as const;
