import { defineConfig } from 'tsup';

// ESM and CJS with declarations. openapi-fetch stays external (it is the one
// runtime dependency); the generated paths are bundled into the declarations.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: false,
});
