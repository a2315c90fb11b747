import type { Rng } from '../rng.ts';

const firstNames = [
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Rahmat',
  'Nurhayati',
  'Andi',
  'Wayan',
  'Made',
  'Putu',
  'Yusuf',
  'Fitri',
  'Rina',
  'Hendra',
  'Sri',
  'Eko',
  'Dian',
  'Ahmad',
  'Muhammad',
  'Yuliana',
  'Rizky',
  'Ayu',
  'Bambang',
  'Indah',
  'Teguh',
  'Lestari',
  'Fajar',
  'Ratna',
  'Irwan',
  'Desi',
  'Yohanes',
  'Maria',
  'Ketut',
  'Hasanuddin',
  'Ismail',
  'Nengah',
  'Yanti',
  'Zulkifli',
  'Febri',
  'Novita',
  'Arif',
  'Mega',
  'Joko',
  'Suryani',
  'Taufik',
  'Wulan',
  'Gusti',
  'Abdul',
  'Erni',
  'Rudi',
];

const lastNames = [
  'Santoso',
  'Wijaya',
  'Pratama',
  'Saputra',
  'Rahmawati',
  'Siregar',
  'Nasution',
  'Harahap',
  'Sihombing',
  'Hidayat',
  'Kurniawan',
  'Setiawan',
  'Susanti',
  'Putri',
  'Syahputra',
  'Hasibuan',
  'Tanjung',
  'Chaniago',
  'Piliang',
  'Sinaga',
  'Manurung',
  'Wulandari',
  'Rahman',
  'Halim',
  'Mahendra',
  'Gunawan',
  'Sari',
  'Daulay',
  'Lubis',
  'Pane',
  'Tambunan',
  'Mandagi',
  'Pattimura',
  'Lumban Gaol',
  'Suryadi',
  'Anggraini',
  'Firmansyah',
  'Utami',
  'Nugroho',
  'Hakim',
];

const degrees = [
  '',
  '',
  '',
  'S.Kep',
  'S.K.M.',
  'M.Kes',
  'S.T.',
  'S.Sos',
  'M.Si',
  'S.E.',
  'A.Md.Keb',
];

export interface Person {
  /** As published, e.g. `dr. Siti Rahmawati, M.Kes`. */
  name: string;
  /** Lower-case dotted name for an e-mail address, e.g. `siti.rahmawati`. */
  handle: string;
}

export function person(rng: Rng, healthUnit: boolean): Person {
  const first = rng.pick(firstNames);
  const last = rng.pick(lastNames);
  const degree = rng.pick(degrees);
  const title = healthUnit && rng.chance(0.3) ? 'dr. ' : rng.chance(0.05) ? 'Dr. ' : '';
  const name = `${title}${first} ${last}${degree ? `, ${degree}` : ''}`;
  return { name, handle: `${first}.${last}`.toLowerCase().replaceAll(' ', '') };
}

/** A mobile or office phone number as agencies type them. */
export function phone(rng: Rng): string {
  const digits = (n: number): string =>
    Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
  const prefix = `8${String(rng.int(1, 5))}${String(rng.int(1, 9))}`;
  return rng.weighted([
    [`0${prefix}-${digits(4)}-${digits(4)}`, 4],
    [`0${prefix}${digits(8)}`, 3],
    [`+62 ${prefix} ${digits(4)} ${digits(4)}`, 2],
    [`(0${String(rng.int(21, 779))}) ${digits(6)}`, 1],
  ]);
}

/** The private `Kontak` cell: e-mail, phone or both, in the shapes exports hold. */
export function contact(rng: Rng, someone: Person, domain: string): string {
  const mailbox = rng.chance(0.6) ? someone.handle : rng.pick(['humas', 'inovasi', 'layanan']);
  const host = mailbox === someone.handle ? rng.pick(['gmail.com', 'yahoo.co.id', domain]) : domain;
  const email = `${mailbox}@${host}`;
  const tel = phone(rng);
  return rng.weighted([
    [email, 3],
    [tel, 2],
    [`${email} / ${tel}`, 3],
    [`Telp. ${tel}\nEmail: ${email}`, 2],
    [`${tel}; ${email}`, 1],
  ]);
}
