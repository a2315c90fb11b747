import { slugify } from '../text/slug.ts';

/**
 * The identity of a registering agency for one innovation: its name folded (case, spacing,
 * punctuation) and where it is. "Dinas Kesehatan" of two regencies are two agencies; the same
 * agency typed twice is one, so it never counts twice.
 */
export function agencyKey(agency: string, provinceCode: string, regencyCode?: string): string {
  return `${regencyCode ?? provinceCode}|${slugify(agency)}`;
}
