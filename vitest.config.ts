import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Dataset imports and the browser tests take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores: keep the pool small so timing-sensitive e2e tests are not starved.
    maxWorkers: 2,
  },
});
