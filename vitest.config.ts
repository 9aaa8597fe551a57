import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default is one worker fewer than the cores: on a two-core machine (CI) one file at a
    // time, the other core idle. The browser projects run one file at a time whatever this says.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Property tests run hundreds of cases: 1-2 s on a quiet machine, 4-10 s on two cores
          // shared with browser test runs, where Vitest's default limit of 5 s failed them.
          testTimeout: 30_000,
          include: [
            'shared/**/*.test.ts',
            'electron/**/*.test.ts',
            'build/**/*.test.ts',
            'e2e/perf/**/*.test.ts',
            'e2e/support/**/*.test.ts',
          ],
          setupFiles: ['build/test/fast-check-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // As above: IndexedDB in jsdom, React and property tests, on a shared CPU.
          testTimeout: 30_000,
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/test/setup.ts', 'build/test/fast-check-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // `npm run docs:reports`: regenerates docs/reports/ (pictures, no assertions).
          name: 'docs',
          environment: 'node',
          include: ['e2e/docs/**/*.docs.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // `npm run bench`: figures printed for people, never pass/fail on time.
          name: 'perf',
          environment: 'node',
          include: ['e2e/perf/**/*.perf.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 900_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
