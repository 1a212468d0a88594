import { defineConfig } from 'tsup';

// ESM and CJS with declarations. Nothing is imported at run time (openapi-fetch
// is a dependency for its types); the generated paths are bundled into the
// declarations.
// Two entries: the main one and `resources`, which imports the main one by
// the package's own name (kept external), so an app that uses both loads one
// client and one set of error classes, and `instanceof` holds across them.
export default defineConfig({
  entry: ['src/index.ts', 'src/resources.ts'],
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  external: ['@monite-ts/client'],
  // The schemas come from @monite-ts/types (a dev dependency): inline them,
  // so the published declarations stand alone and types stay a build input.
  dts: { resolve: ['@monite-ts/types'] },
  clean: true,
  sourcemap: false,
});
