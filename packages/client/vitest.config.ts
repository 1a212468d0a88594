import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The resources entry imports the main entry by the package's name; in
    // tests that is the source, so both share one module (and error classes).
    alias: [{ find: /^@monite-ts\/client$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Generous limits catch hangs without failing on a loaded CI machine,
    // where turbo runs several suites and type checks side by side and a
    // file's first test also pays for loading the mocks.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    typecheck: {
      include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
