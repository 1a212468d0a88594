import { defineConfig } from 'vitest/config';

// End-to-end checks install packages, pack tarballs and start browsers; on a
// 2-core CI machine they need minutes, not seconds, and must not run in
// parallel with each other (they compete for CPU and the npm cache).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
