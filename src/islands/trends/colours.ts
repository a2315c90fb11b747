import { interpolateBlues } from 'd3';
import type { Cluster, Programme, Status } from '../../lib/schema/enums.ts';
import type { KippMeasure } from '../../lib/trends/kipp.ts';

/**
 * Colours that people with the common colour-vision deficiencies can tell apart: the
 * Okabe–Ito palette for categories, a single-hue ramp (light to dark blue) for counts.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

/** Unknown or none: a neutral grey outside the palette. */
export const neutral = '#9aa3a8';

export const seriesColours = {
  cluster: {
    kementerian: okabeIto.orange,
    lembaga: okabeIto.skyBlue,
    provinsi: okabeIto.green,
    kabupaten: okabeIto.blue,
    kota: okabeIto.vermillion,
    bumn: okabeIto.purple,
    bumd: okabeIto.yellow,
  },
  programmes: { kipp: okabeIto.blue, iga: okabeIto.orange, inolan: okabeIto.green },
  status: {
    berlanjut: okabeIto.green,
    berkembang: okabeIto.blue,
    berhenti: okabeIto.vermillion,
    vakum: okabeIto.orange,
    'tidak-diketahui': neutral,
  },
  kipp: { registered: okabeIto.blue, 'passed-administrative-selection': okabeIto.orange },
  replications: { confirmed: okabeIto.green },
} as const satisfies {
  // Every value of each enum, so a value added to the schema cannot go without a colour.
  cluster: Record<Cluster, string>;
  programmes: Record<Programme, string>;
  status: Record<Status, string>;
  kipp: Record<Exclude<KippMeasure, 'not-held'>, string>;
  replications: Record<'confirmed', string>;
};

/** A count's colour on a scale up to `max`; nothing at all is the lightest step. */
export function countColour(count: number, max: number): string {
  if (count === 0 || max === 0) return '#f1f3f2';
  return interpolateBlues(0.2 + 0.8 * (count / max));
}

/** Black or white, whichever reads better on `background` (a hex or `rgb()` colour). */
export function inkOn(background: string): string {
  const [r, g, b] = channels(background).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.3 ? '#111111' : '#ffffff';
}

// --- internal ---

function channels(colour: string): number[] {
  const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour);
  if (rgb !== null) return rgb.slice(1).map(Number);
  const hex = colour.replace('#', '');
  return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16));
}
