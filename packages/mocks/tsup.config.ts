import { defineConfig } from 'tsup';

// `index` and `testing` run in browsers (no Node built-ins); `node`, `vitest` and `cli` add the HTTP server and processes.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts', testing: 'src/testing.ts', vitest: 'src/testing/vitest.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    external: ['msw', 'vitest'],
    // The process helper finds the package through import.meta.url, which the CommonJS build must shim.
    shims: true,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    external: ['msw'],
  },
]);
