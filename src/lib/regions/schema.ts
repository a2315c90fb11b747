import { z } from 'zod';

const provinceCode = z.string().regex(/^\d{2}$/, 'must be a two-digit Kemendagri code');
const regencyCode = z.string().regex(/^\d{2}\.\d{2}$/, 'must be a Kemendagri code like 13.75');

/** A province with its Kemendagri code (`13`) and official name (`Sumatera Barat`). */
export const provinceSchema = z.object({ code: provinceCode, name: z.string().trim().min(1) });
export type Province = z.output<typeof provinceSchema>;

export const regencyKindSchema = z.enum(['kabupaten', 'kota']);
export type RegencyKind = z.output<typeof regencyKindSchema>;

/** The kind an official name starts with: `Kabupaten …` or `Kota …` (`Kota Administrasi …`). */
export function kindOfOfficialName(name: string): RegencyKind | undefined {
  if (/^Kabupaten\s/.test(name)) return 'kabupaten';
  if (/^Kota\s/.test(name)) return 'kota';
  return undefined;
}

/**
 * A regency or city: code `13.75`, its province `13`, the official name (`Kota Bukittinggi`)
 * and its kind, which the official name carries.
 */
export const regencySchema = z.object({
  code: regencyCode,
  provinceCode,
  name: z.string().trim().min(1),
  kind: regencyKindSchema,
});
export type Regency = z.output<typeof regencySchema>;

/** A row of `data/regions/regencies.csv`; the kind is read from the official name. */
export const regencyRowSchema = z
  .object({ code: regencyCode, provinceCode, name: z.string().trim().min(1) })
  .refine((row) => row.code.startsWith(`${row.provinceCode}.`), {
    message: 'code does not start with its province code',
    path: ['code'],
  })
  .transform((row, context) => {
    const kind = kindOfOfficialName(row.name);
    if (kind === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'name must start with Kabupaten or Kota',
        path: ['name'],
      });
      return z.NEVER;
    }
    return { ...row, kind };
  })
  .pipe(regencySchema);

/** Another name for a province (`Sumbar` → `13`) or a regency (`Jaksel` → `31.74`). */
export const regionAliasSchema = z.object({
  alias: z.string().trim().min(1),
  code: z.union([provinceCode, regencyCode]),
});
export type RegionAlias = z.output<typeof regionAliasSchema>;

/**
 * A code as an earlier coding used it: before the 2022 renumbering of Papua, `94.01` was
 * Kabupaten Merauke (today `93.01`). `until` is the last year the code meant `name`; the name is
 * the one the region has today, which is how the row finds today's region.
 */
export const formerCodeSchema = z.object({
  code: z.union([provinceCode, regencyCode]),
  name: z.string().trim().min(1),
  until: z.coerce.number().pipe(z.int().min(2000).max(2100)),
});
export type FormerCode = z.output<typeof formerCodeSchema>;
