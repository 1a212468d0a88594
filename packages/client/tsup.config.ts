import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// ESM and CJS with declarations. Nothing is imported at run time (openapi-fetch
// is a dependency for its types); the generated paths are bundled into the
// declarations.
// Two entries: the main one and `resources`, which imports the main one by
// the package's own name (kept external), so an app that uses both loads one
// client and one set of error classes, and `instanceof` holds across them.
// And a browser build of the main entry (dist/browser/), which package.json's
// `browser` condition selects: in it, a module `x.browser.ts` beside `x.ts`
// replaces it (today: the client-credentials exchange, refused in a browser).
const shared: Options = {
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  external: ['@monite-ts/client'],
  sourcemap: false,
};

/** Resolves `./x.js` to `./x.browser.ts` when that file exists. */
const browserModules: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'browser-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, ({ path, resolveDir }) => {
      const browser = join(resolveDir, path.replace(/\.js$/, '.browser.ts'));
      return existsSync(browser) ? { path: browser } : undefined;
    });
  },
};

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', resources: 'src/resources/index.ts' },
    // The schemas come from @monite-ts/types (a dev dependency): inline them,
    // so the published declarations stand alone and types stay a build input.
    dts: { resolve: ['@monite-ts/types'] },
    // The browser build writes dist/browser/ at the same time.
    clean: ['!browser/**'],
  },
  {
    ...shared,
    entry: { index: 'src/index.ts' },
    outDir: 'dist/browser',
    // Same API, so the main entry's declarations serve (package.json points there).
    dts: false,
    clean: true,
    esbuildPlugins: [browserModules],
  },
]);
