import { defineConfig } from 'vitest/config';

// The fast unit tests only: pure functions over small fixture specs. The
// end-to-end checks (packing, browsers, scratch installs) live under e2e/ and
// run from vitest.e2e.config.ts so `pnpm test` stays quick.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
