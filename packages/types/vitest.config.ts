import { defineConfig } from 'vitest/config';

// The package is types only, so its tests are type-level (`*.test-d.ts`).
export default defineConfig({
  test: {
    include: [],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
