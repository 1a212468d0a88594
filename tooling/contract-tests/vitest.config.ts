import { defineConfig } from 'vitest/config';

// Contract tests read the whole bundled spec and drive every operation, so
// they get more time than unit tests.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
