import { defineConfig } from 'tsup';

// ESM and CJS with declarations. openapi-fetch stays external (it is the one
// runtime dependency); the generated paths are bundled into the declarations.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  // The schemas come from @monite-ts/types (a dev dependency): inline them,
  // so the published declarations stand alone and types stay a build input.
  dts: { resolve: ['@monite-ts/types'] },
  clean: true,
  sourcemap: false,
});
