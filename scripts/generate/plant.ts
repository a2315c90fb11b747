import type { Agency, AgencyPool } from './agencies.ts';
import type { Note, Planted } from './expect.ts';
import type { Rng } from './rng.ts';

/** Inserts a planted record somewhere in the middle of a file's records. */
export function insertRecord<T>(rng: Rng, records: Planted<T>[], record: Planted<T>): void {
  const at = rng.int(Math.floor(records.length / 5), Math.floor((records.length * 4) / 5));
  records.splice(at, 0, record);
}

/**
 * Changes one ordinary record (no notes yet, not a fixed innovation) and adds the note the
 * change calls for.
 */
export function editRecord<T>(
  rng: Rng,
  records: readonly Planted<T>[],
  protectedIds: ReadonlySet<number>,
  edit: (value: T) => Note,
): void {
  const open = records.filter(
    (record) =>
      record.notes.length === 0 &&
      record.conceptId !== undefined &&
      !protectedIds.has(record.conceptId),
  );
  const record = rng.pick(open);
  record.notes.push(edit(record.value));
}

/** Text in a video field that is not an http(s) URL. */
export const badVideos = {
  kipp: [
    'Channel YouTube Humas Pemda',
    'javascript:alert(1)',
    'lihat kanal YouTube dinas',
    'https//youtu.be/dQw4w9WgXcQ',
  ],
  iga: ['lihat website dinas'],
} as const;

/** Category labels no taxonomy row knows. */
export const unknownCategories = {
  kipp: ['Inovasi Lainnya', 'Pelayanan Prima Daerah', 'Kategori Khusus Daerah'],
  iga: 'Urusan Lain-lain',
  inolan: 'Inovasi Umum Lainnya',
} as const;

/** SDG cells with no goal 1–17 in them. */
export const badSdgs = ['18', 'SDG 21', 'TPB 0'] as const;

/**
 * Regional governments no gazetteer knows (a dissolved province, made-up names): their
 * records are accepted with a region warning. Each borrows the work of a real one.
 */
export function fictionalAgency(agencies: AgencyPool, name: string, like: string): Agency {
  const base = agencies.pemda(like);
  const cluster = name.includes('Provinsi')
    ? 'provinsi'
    : name.includes('Kota')
      ? 'kota'
      : 'kabupaten';
  return {
    name,
    cluster,
    ...(cluster !== 'provinsi' && base.province ? { province: base.province } : {}),
    scope: `fictional:${name}`,
    panrbId: base.panrbId,
    domain: base.domain,
    work: base.work,
    regulation: base.regulation,
  };
}
