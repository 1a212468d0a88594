// The test configuration StrykerJS uses (stryker.config.mjs): the same tests,
// run without re-importing every module for each mutant (compiling the spec's
// schemas would otherwise dominate the time; the sources switch mutants at
// run time, so shared modules are safe). Left out: the tests of built output
// (the bin runs dist/cli.js: its own tests, the README walk-through and the
// admin client against a started process; the browser test bundles for Chromium), which no
// source mutant in the sandbox reaches, and dist/ is not copied there; and
// the fuzz suite, which sends 4,000 random requests through the whole
// pipeline: it covers every mutant of the hot path, so each surviving one
// would pay its four seconds, and what it guards (no 5xx, Monite's shapes on
// any input) is asserted case by case in hostile-input and validation tests.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      isolate: false,
      exclude: [
        'src/http/browser.requests.test.ts',
        'src/http/fuzz.requests.test.ts',
        'src/http/cli.test.ts',
        'src/http/readme-walkthrough.test.ts',
        'src/testing/admin-client.test.ts',
        '**/node_modules/**',
      ],
      testNamePattern: /^(?!monite-mock bin)/,
    },
  }),
);
