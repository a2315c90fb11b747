import type { Stage } from '../schema/enums.ts';
import { labelTable, parseLabel } from './label.ts';
import type { Parsed } from './parsed.ts';

const spellings: readonly (readonly [Stage, readonly string[]])[] = [
  ['inisiatif', ['Inisiatif']],
  ['uji-coba', ['Uji Coba', 'Ujicoba']],
  ['penerapan', ['Penerapan']],
  ['drum-up', ['Drum Up', 'Drumup']],
  ['diagnose', ['Diagnose', 'Diagnosis']],
  ['design', ['Design', 'Desain']],
  ['deliver', ['Deliver', 'Delivery']],
  ['display', ['Display']],
];

/** `Tahap Uji Coba` and `Tahapan Uji Coba` name the same stage as `Uji Coba`. */
const stages = labelTable(
  spellings.map(([stage, words]) => [
    stage,
    words.flatMap((word) => [word, `Tahap ${word}`, `Tahapan ${word}`]),
  ]),
);

/** The IGA stage (`tahapan`) or the InoLAN 5D laboratory stage (`tahapan_5d`). */
export function parseStage(input: unknown): Parsed<Stage | undefined> {
  return parseLabel(input, stages, 'a stage');
}
