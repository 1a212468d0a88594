// Mutation testing for the client: `pnpm mutation` at the root, or
// `pnpm --filter @monite-ts/client mutation` for this package alone. Not part
// of `pnpm test`: a full run takes hours, see the README's "Mutation testing".
import { fileURLToPath } from 'node:url';
import { strykerConfig } from '../../stryker.shared.mjs';

export default strykerConfig({
  plugin: fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner')),
  // Hand-written source only: generated code is checked for freshness, not
  // by tests, and test files are the judges, not the judged.
  mutate: ['src/**/*.ts', '!src/generated/**', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
  breakBelow: 90,
});
