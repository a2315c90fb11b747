import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three tiers: unit files (no process, engine or database started: `npm run test:unit`) and
 * integration files run in parallel; end-to-end files share one built site served against one
 * Meilisearch (`tests/e2e/setup.ts`) and run one at a time, so a browser's timings are not
 * fought over by other browsers.
 */
export default defineConfig({
  test: {
    // Vitest's default, one worker fewer than the cores, is a single worker on a 2-core machine
    // (CI's): every file then ran one after another. Unit and integration files spend much of
    // their time waiting on the engines, browsers and servers they start, so two run at a time
    // there too.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
