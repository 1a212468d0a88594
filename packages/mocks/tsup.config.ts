import { defineConfig } from 'tsup';

// `index` runs in browsers (no Node built-ins); `node` and `cli` add the HTTP server.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    external: ['msw'],
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
