import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    // Limits that only catch hangs: building the app and starting Chromium
    // on a loaded CI machine take a while.
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
