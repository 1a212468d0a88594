// Mutation testing for the mock's rule rooms, domain/ and pipeline/ (issue 14): `pnpm mutation` at the root, or
// `pnpm --filter @monite-ts/mocks mutation` for this package alone. Not part
// of `pnpm test`: a full run takes minutes, see the README's "Mutation testing".
import { fileURLToPath } from 'node:url';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // pnpm keeps packages isolated, so Stryker's core cannot find the runner by
  // its "@stryker-mutator/*" glob: name it by path.
  plugins: [fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'))],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // Monite's rules and the request pipeline: the rooms whose behaviour users
  // see. Test files are the judges, not the judged.
  mutate: ['src/domain/**/*.ts', 'src/pipeline/**/*.ts', '!src/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // The machine is shared; one worker keeps timing-sensitive tests honest.
  concurrency: 1,
  // Kept in git so a rerun on a fresh clone only tests what changed since.
  incremental: true,
  incrementalFile: 'mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { reportTests: false, reportMutants: false, reportScoreTable: true },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 85, low: 80, break: 85 },
  // Built output is neither mutated nor needed by the tests that judge the sources.
  ignorePatterns: ['dist'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
