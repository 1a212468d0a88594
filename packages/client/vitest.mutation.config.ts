// The test configuration StrykerJS uses (stryker.config.mjs). Stryker's vitest
// runner forces `pool: 'threads'`, and in a worker thread Node 20's fetch
// never settles a request to a stalled socket when its signal aborts, so the
// tests that let a real server stall a token request would hang there (they
// pass in the forks pool `pnpm test` uses). The same deadlines are covered
// with a signal-honouring fake fetch in test/behaviour/. The package test
// checks the built dist/, which no source mutant changes; dist/ is left out
// of the sandbox (a concurrent build may be rewriting it).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      testNamePattern: /^(?!a token endpoint that never answers)/,
      exclude: ['test/package.test.ts', '**/node_modules/**'],
      // Stryker runs the covering tests once per mutant; re-importing every
      // module (the mocks above all) for each run would dominate the time.
      // The sources switch mutants at run time, so shared modules are safe.
      isolate: false,
    },
  }),
);
