/**
 * Where things are in the workspace, resolved from this file so the checks
 * work from any current directory (turbo runs them from the package folder).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the monorepo root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The bundled spec, relative to the repo root (git paths are relative). */
export const BUNDLED_SPEC = 'spec/dist/openapi.json';

/** The published packages and their folders, relative to the repo root. */
export const PUBLISHED_PACKAGES = {
  '@monite-ts/spec': 'spec',
  '@monite-ts/types': 'packages/types',
  '@monite-ts/client': 'packages/client',
  '@monite-ts/mocks': 'packages/mocks',
} as const;

/** Manifests of the published packages, relative to the repo root. */
export const PUBLISHED_MANIFESTS = Object.values(PUBLISHED_PACKAGES).map((dir) => `${dir}/package.json`);
