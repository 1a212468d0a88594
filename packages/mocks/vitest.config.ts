import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The first request of a file compiles spec schemas with ajv.
    testTimeout: 30_000,
  },
});
