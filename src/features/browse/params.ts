import { z } from 'zod';
import { pageParam } from '../../lib/search/ui/params.ts';
import { programmeSchema, type Programme } from '../../lib/schema/enums.ts';
import { sectorSchema, type Sector } from '../../lib/taxonomy/sectors.ts';

/** A browse list's page number is in the search page's parameter, the same in both languages. */
export { pageParam };

/**
 * The page a browse URL asks for: 1 without the parameter, undefined for anything that is not
 * a whole number from 1 (the page answers 404 rather than guess).
 */
export function parsePage(url: URL): number | undefined {
  const raw = url.searchParams.get(pageParam);
  if (raw === null) return 1;
  const parsed = pageSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** A year in a URL (`/jelajah/tahun/2019`), or undefined. */
export function parseYear(raw: string | undefined): number | undefined {
  const parsed = yearSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function parseSector(raw: string | undefined): Sector | undefined {
  const parsed = sectorSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

export function parseProgramme(raw: string | undefined): Programme | undefined {
  const parsed = programmeSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

// --- internal ---

const pageSchema = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number);

const yearSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number);
