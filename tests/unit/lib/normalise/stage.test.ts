import { describe, expect, it } from 'vitest';
import { parseStage } from '../../../../src/lib/normalise/stage.ts';

describe('parseStage', () => {
  it.each([
    ['Inisiatif', 'inisiatif'],
    ['INISIATIF', 'inisiatif'],
    ['Uji Coba', 'uji-coba'],
    ['uji coba', 'uji-coba'],
    ['Uji-Coba', 'uji-coba'],
    ['Ujicoba', 'uji-coba'],
    ['Tahap Uji Coba', 'uji-coba'],
    ['Penerapan', 'penerapan'],
    ['PENERAPAN', 'penerapan'],
    ['drum-up', 'drum-up'],
    ['Drum Up', 'drum-up'],
    ['DRUM UP', 'drum-up'],
    ['drum_up', 'drum-up'],
    ['diagnose', 'diagnose'],
    ['Diagnose', 'diagnose'],
    ['design', 'design'],
    ['DESIGN', 'design'],
    ['deliver', 'deliver'],
    ['display', 'display'],
    [' Display ', 'display'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseStage(input)).toEqual({ ok: true, value: expected });
  });

  it.each([undefined, null, '', ' ', '-'])('gives no value for the empty input %j', (input) => {
    expect(parseStage(input)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['Selesai', '"Selesai" is not a stage'],
    ['drum', '"drum" is not a stage'],
    ['Uji Coba dan Penerapan', '"Uji Coba dan Penerapan" is not a stage'],
    [3, '"3" is not a stage'],
  ])('refuses %j', (input, reason) => {
    expect(parseStage(input)).toEqual({ ok: false, reason });
  });
});
