// The test configuration StrykerJS uses (stryker.config.mjs). Stryker's vitest
// runner forces `pool: 'threads'`; the whole suite runs there, the tests that
// let a real server stall a token request included (core/hold-request.ts
// keeps an aborted Request alive until its fetch settles). The package test
// checks the built dist/, which no source mutant changes; dist/ is left out
// of the sandbox (a concurrent build may be rewriting it).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/package.test.ts', '**/node_modules/**'],
      // Stryker runs the covering tests once per mutant; re-importing every
      // module (the mocks above all) for each run would dominate the time.
      // The sources switch mutants at run time, so shared modules are safe.
      isolate: false,
    },
  }),
);
