import type { Rng } from './rng.ts';

/**
 * Figures in sentence templates, drawn so that a sentence reads true:
 *
 * - `{a:30-90}` a whole number in the range; `{a:4.5-6.5}` one with one decimal;
 * - `{b<a}` a number below `a` (35–85 % of it), for a fall: `turun dari {a:20-40}% menjadi {b<a}%`;
 * - `{b>a:9}` a number above `a` and at most 9, for a rise: `naik dari {a:4.5-5.5} menjadi {b>a:7.5} ton`.
 *
 * Written the Indonesian way: `4.014`, `5,2`.
 */
export function fillFigures(rng: Rng, template: string): string {
  const values = new Map<string, Figure>();
  return template.replace(figureToken, (...match: string[]) => {
    const [, name = '', low, high, below, above, ceiling] = match;
    const figure =
      low !== undefined && high !== undefined
        ? inRange(rng, low, high)
        : below !== undefined
          ? under(rng, known(values, below, template))
          : over(rng, known(values, above ?? '', template), ceiling ?? '0');
    values.set(name, figure);
    return formatFigure(figure);
  });
}

interface Figure {
  /** In tenths when `decimals` is 1. */
  scaled: number;
  decimals: 0 | 1;
}

const number = String.raw`\d+(?:\.\d)?`;
const figureToken = new RegExp(
  String.raw`\{(\w)(?::(${number})-(${number})|<(\w)|>(\w):(${number}))\}`,
  'g',
);

function known(values: ReadonlyMap<string, Figure>, name: string, template: string): Figure {
  const figure = values.get(name);
  if (!figure) throw new Error(`figure ${name} is used before it is drawn in "${template}"`);
  return figure;
}

function inRange(rng: Rng, low: string, high: string): Figure {
  const decimals = low.includes('.') || high.includes('.') ? 1 : 0;
  const scale = decimals === 1 ? 10 : 1;
  return {
    scaled: rng.int(Math.round(Number(low) * scale), Math.round(Number(high) * scale)),
    decimals,
  };
}

function under(rng: Rng, of: Figure): Figure {
  const top = Math.max(1, Math.min(of.scaled - 1, Math.floor(of.scaled * 0.85)));
  const bottom = Math.min(top, Math.max(1, Math.round(of.scaled * 0.35)));
  return { scaled: rng.int(bottom, top), decimals: of.decimals };
}

function over(rng: Rng, of: Figure, ceiling: string): Figure {
  const top = Math.round(Number(ceiling) * (of.decimals === 1 ? 10 : 1));
  return { scaled: rng.int(of.scaled + 1, Math.max(of.scaled + 1, top)), decimals: of.decimals };
}

function formatFigure({ scaled, decimals }: Figure): string {
  if (decimals === 1) return (scaled / 10).toFixed(1).replace('.', ',');
  return String(scaled).replace(/\B(?=(\d{3})+$)/g, '.');
}
