/** Messages of the innovation pages. */
export const innovation = {
  'innovation.similar': 'Inovasi serupa',
} as const satisfies Record<string, string>;
