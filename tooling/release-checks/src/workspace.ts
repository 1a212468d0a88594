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

/** Manifests of the published packages, relative to the repo root. */
export const PUBLISHED_MANIFESTS = [
  'spec/package.json',
  'packages/types/package.json',
  'packages/client/package.json',
  'packages/mocks/package.json',
] as const;
