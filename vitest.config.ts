import { defineConfig } from 'vitest/config';

/** One workspace of projects: pure rules, contracts, the API on a real database, browser journeys. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'rules', include: ['packages/rules/test/**/*.test.ts'] } },
      {
        test: {
          name: 'contracts',
          include: ['packages/contracts/test/**/*.test.ts', 'apps/web/test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.test.ts'],
          globalSetup: ['apps/api/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/src/**/*.e2e.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
