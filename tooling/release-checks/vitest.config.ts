import { defineConfig } from 'vitest/config';

// The fast suite: pure functions over small fixture specs, plus a few tests
// that spawn git, the changesets CLI or monite-spec-diff. Those take seconds
// and more when `pnpm test` runs every package at once on two cores, hence
// the generous timeout. The end-to-end checks (packing, browsers, scratch
// installs) live under e2e/ and run from vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
