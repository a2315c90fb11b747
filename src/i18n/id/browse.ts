/** Messages of the browse pages. */
export const browse = {
  'browse.title': 'Jelajah inovasi',
} as const satisfies Record<string, string>;
