import { z } from 'zod';

/**
 * One year of `data/trends/kipp-registrations.csv`: how many proposals KIPP received, with the
 * public page the figure comes from. The measure is not the same every year: 2024 was not held
 * (no count), and the 2025 figure counts innovations past the administrative selection.
 */
export const kippRegistrationSchema = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    count: z
      .string()
      .transform((text) => (text === '' ? undefined : Number(text)))
      .pipe(z.int().min(0).optional()),
    measure: z.enum(['registered', 'not-held', 'passed-administrative-selection']),
    source: z.url(),
    publisher: z.string().min(1),
    note: z.string(),
  })
  .refine((row) => (row.measure === 'not-held') === (row.count === undefined), {
    error: 'a count is given exactly when KIPP was held',
    path: ['count'],
  });

export type KippRegistration = z.output<typeof kippRegistrationSchema>;
export type KippMeasure = KippRegistration['measure'];
