// What the packages' StrykerJS configurations share (`pnpm mutation`):
// the vitest runner, incremental runs kept in git, reports and sandbox. Each
// package says what it mutates and the score it must reach.

import { basename, join } from 'node:path';

// MUTATION_SCRATCH=<dir> sends a run's incremental file and reports there and
// gives it a sandbox of its own. For work on a few files (`--mutate`): such a
// run rewrites the incremental file with those files alone, and the
// committed one must describe a full run. Two runs in one package at once
// also need separate sandboxes (each run deletes its sandbox folder at the end).
const scratch = process.env.MUTATION_SCRATCH;

/**
 * A package's Stryker configuration.
 * @param {{ plugin: string, mutate: string[], breakBelow: number }} options
 *   `plugin`: the vitest runner's path, resolved by the package (pnpm keeps
 *   packages isolated, so Stryker's core cannot find it by its glob);
 *   `mutate`: the files to mutate; `breakBelow`: the score a run must reach
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerConfig({ plugin, mutate, breakBelow }) {
  return {
    testRunner: 'vitest',
    plugins: [plugin],
    vitest: { configFile: 'vitest.mutation.config.ts' },
    mutate,
    coverageAnalysis: 'perTest',
    // The machine is shared; one worker keeps timing-sensitive tests honest.
    concurrency: 1,
    // Kept in git so a rerun on a fresh clone only tests what changed since.
    incremental: true,
    incrementalFile: scratch ? join(scratch, 'incremental.json') : 'mutation/incremental.json',
    reporters: ['clear-text', 'progress', 'html', 'json'],
    clearTextReporter: { reportTests: false, reportMutants: false, reportScoreTable: true },
    htmlReporter: { fileName: scratch ? join(scratch, 'index.html') : 'reports/mutation/index.html' },
    jsonReporter: { fileName: scratch ? join(scratch, 'mutation.json') : 'reports/mutation/mutation.json' },
    thresholds: { high: breakBelow, low: breakBelow - 5, break: breakBelow },
    // Built output is neither mutated nor needed by the tests that judge the sources.
    ignorePatterns: ['dist'],
    tempDirName: scratch ? `.stryker-tmp-${basename(scratch)}` : '.stryker-tmp',
    cleanTempDir: 'always',
  };
}
