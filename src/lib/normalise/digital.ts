import { labelTable, parseLabel } from './label.ts';
import { ok, type Parsed } from './parsed.ts';

const kinds = labelTable<boolean>([
  [true, ['Digital']],
  [false, ['Non Digital', 'Nondigital', 'Bukan Digital']],
]);

/** Whether an innovation is digital (IGA `jenis`): `Digital`, `Non Digital`, or a boolean. */
export function parseDigital(input: unknown): Parsed<boolean | undefined> {
  if (typeof input === 'boolean') return ok(input);
  return parseLabel(input, kinds, 'digital or non-digital');
}
