import { defineConfig } from 'vitest/config';

// The package is types only: its type-level tests are `*.test-d.ts`; the one
// runtime test (`names.test.ts`) compiles a program with the TypeScript API to
// read what TypeScript prints for the generated types.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
