import { describe, expect, it } from 'vitest';
import {
  attemptsAfterExit,
  restartDelayMs,
  RESTART_BACK_OFF,
} from '../../../../src/infra/meilisearch/back-off.ts';

describe('the restart back-off of the supervised engine', () => {
  it('waits 1 s, then doubles up to 30 s', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 12].map((attempt) =>
      restartDelayMs(attempt, RESTART_BACK_OFF),
    );
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('starts again from 1 s after an engine that served a minute', () => {
    expect(attemptsAfterExit(5, 59_999, RESTART_BACK_OFF)).toBe(5);
    expect(attemptsAfterExit(5, 60_000, RESTART_BACK_OFF)).toBe(0);
    expect(
      restartDelayMs(attemptsAfterExit(5, 3_600_000, RESTART_BACK_OFF), RESTART_BACK_OFF),
    ).toBe(1_000);
  });
});
