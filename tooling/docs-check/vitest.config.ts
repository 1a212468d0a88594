import { defineConfig } from 'vitest/config';

// Type-checking every README block is one tsc run over the full Monite
// types: seconds, not milliseconds.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
