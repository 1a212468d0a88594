import { defineConfig } from 'tsup';

// ESM and CJS with declarations. The client, TanStack Query and React are
// peers (the app's own copies, so the app's QueryClient and error classes
// are the ones the hooks use); openapi-react-query is a dependency.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: false,
});
