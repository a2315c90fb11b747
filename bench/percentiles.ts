/** The value below which `share` (0–1) of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil(share * sorted.length) - 1);
  return sorted[rank] ?? Number.NaN;
}

/** `p50`, `p95` and `max` of timings in milliseconds, as table cells. */
export function latencyCells(samples: readonly number[]): string[] {
  return [percentile(samples, 0.5), percentile(samples, 0.95), Math.max(...samples)].map((ms) =>
    ms.toFixed(1),
  );
}
