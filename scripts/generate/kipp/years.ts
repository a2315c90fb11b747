import type { Cluster } from '../../../src/lib/schema/enums.ts';

/** One KIPP competition: how many registered, and the result layers it announced. */
export interface KippYear {
  year: number;
  registrations: number;
  /** `[label, how many]`, highest layer first; each entry's Capaian is the highest it reached. */
  layers: readonly (readonly [string, number])[];
}

/** Registrations as KemenPANRB reported them; KIPP 2024 did not take place. */
export const kippYears: readonly KippYear[] = [
  {
    year: 2014,
    registrations: 515,
    layers: [
      ['Top 9', 9],
      ['Top 99', 90],
    ],
  },
  {
    year: 2015,
    registrations: 1189,
    layers: [
      ['Top 25', 25],
      ['Top 99', 74],
    ],
  },
  {
    year: 2016,
    registrations: 2476,
    layers: [
      ['Outstanding Achievement', 10],
      ['Top 35', 25],
      ['Top 99', 64],
    ],
  },
  {
    year: 2017,
    registrations: 3054,
    layers: [
      ['Top 40', 40],
      ['Top 99', 59],
    ],
  },
  {
    year: 2018,
    registrations: 2824,
    layers: [
      ['Top 40', 40],
      ['Top 99', 59],
    ],
  },
  {
    year: 2019,
    registrations: 3156,
    layers: [
      ['Top 45', 45],
      ['Top 99', 54],
    ],
  },
  {
    year: 2020,
    registrations: 3059,
    layers: [
      ['Top 45', 45],
      ['Top 99', 54],
    ],
  },
  {
    year: 2021,
    registrations: 3178,
    layers: [
      ['Top 45', 45],
      ['Top Inovasi Terpuji', 10],
      ['Top 99', 44],
    ],
  },
  {
    year: 2022,
    registrations: 3478,
    layers: [
      ['Top 45', 45],
      ['Top Inovasi Terpuji', 10],
      ['Top 99', 44],
    ],
  },
  {
    year: 2023,
    registrations: 3110,
    layers: [
      ['Top 45', 45],
      ['Top 99', 54],
    ],
  },
  {
    year: 2025,
    registrations: 2116,
    layers: [
      ['Top 45', 45],
      ['Top 99', 54],
    ],
  },
];

/** The share of each year's registrations the sample keeps as registered-only rows. */
export const registeredOnlyShare = 0.035;

/** Who submits to KIPP: regional governments first, then ministries, agencies and companies. */
export const kippClusterWeights: Readonly<Record<Cluster, number>> = {
  kabupaten: 36,
  kota: 18,
  provinsi: 12,
  kementerian: 14,
  lembaga: 9,
  bumn: 7,
  bumd: 4,
};

/** `Kelompok Kompetisi`: replication entries from 2019, the special group from 2021. */
export function groupWeights(year: number): [string, number][] {
  return [
    ['Umum', 80],
    ['Replikasi', year >= 2019 ? 12 : 0],
    ['Khusus', year >= 2021 ? 8 : 0],
  ];
}
