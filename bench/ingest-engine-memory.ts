import { setTimeout as sleep } from 'node:timers/promises';
import {
  describeMemory,
  readProcessMemory,
  resetPeak,
  toMegabytes,
} from '../src/infra/process-memory.ts';

/** How long the engine is left idle after a run before its resident memory is read. */
export const ENGINE_SETTLE_S = 5;

/** The engine's memory over one run of the bench: its peak, and what it keeps once idle. */
export interface EngineMemory {
  peakMb: string;
  steadyMb: string;
  /** The steady figure split into anonymous and file-backed memory, with the peak. */
  summary: string;
}

/**
 * Call when the engine's work of a run is done (its tasks awaited): the peak since the last
 * call (or the engine's start), then the resident memory after a few idle seconds. The peak is
 * reset, so the next call measures the next run alone. Blank figures off Linux.
 */
export async function engineMemoryOfRun(pid: number): Promise<EngineMemory> {
  const peak = await readProcessMemory(pid);
  await sleep(ENGINE_SETTLE_S * 1000);
  const steady = await readProcessMemory(pid);
  await resetPeak(pid);
  const mb = (kb: number | undefined) => (kb === undefined ? '' : String(toMegabytes(kb)));
  return {
    peakMb: mb(peak?.peakKb),
    steadyMb: mb(steady?.rssKb),
    summary: steady && peak ? describeMemory({ ...steady, peakKb: peak.peakKb }) : 'not read',
  };
}
