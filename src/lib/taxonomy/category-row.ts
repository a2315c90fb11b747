import { z } from 'zod';
import { programmeSchema } from '../schema/enums.ts';
import { yearSchema } from '../schema/innovation.ts';
import { sectorSchema } from './sectors.ts';

const pipeList = (text: string): string[] =>
  text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * One row of `data/taxonomy/category-sectors.csv`: a source category label and the sectors it
 * maps to. The input is the CSV record (all strings, lists separated by `|`); `years` is only
 * filled for KIPP, whose categories changed from year to year.
 */
export const categoryRowSchema = z.object({
  programme: programmeSchema,
  label: z.string().trim().min(1),
  sectors: z.string().transform(pipeList).pipe(z.array(sectorSchema).min(1)),
  years: z
    .string()
    .optional()
    .transform((text) => pipeList(text ?? '').map(Number))
    .pipe(z.array(yearSchema)),
});

export type CategoryRowInput = z.input<typeof categoryRowSchema>;
export type CategoryRow = z.output<typeof categoryRowSchema>;
