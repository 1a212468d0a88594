/**
 * Which packages a spec change reaches and whether the pending changesets ask
 * for enough. Pure functions: the CLI feeds them the spec diff and the
 * release plan changesets computes.
 */
import parseChangeset from '@changesets/parse';
import { bumpLessThan, type Bump } from '../spec-diff/model.js';

/** The published packages whose output is derived from the bundled spec. */
export const SPEC_DERIVED_PACKAGES = [
  '@monite-ts/spec',
  '@monite-ts/types',
  '@monite-ts/client',
  '@monite-ts/mocks',
] as const;

/**
 * The packages whose output a spec change of the given size alters.
 * Structural changes reach every derived package (types, the client's path
 * view and the mocks' operation table are all generated from the spec).
 * Description-only changes reach the spec itself and the JSDoc the types
 * carry; the client and mocks don't embed descriptions.
 */
export function requiredPackageBumps(specBump: Bump): Record<string, Bump> {
  if (specBump === 'none') return {};
  if (specBump === 'patch') return { '@monite-ts/spec': 'patch', '@monite-ts/types': 'patch' };
  return Object.fromEntries(SPEC_DERIVED_PACKAGES.map((name) => [name, specBump]));
}

/**
 * Reads the bumps one changeset file asks for from its front matter, e.g.
 * `"@monite-ts/types": minor`. Throws on a malformed file, since a changeset
 * that can't be read must not pass silently.
 */
export function parseChangesetBumps(contents: string): Record<string, Exclude<Bump, 'none'>> {
  const parsed = parseChangeset(contents);
  return Object.fromEntries(
    parsed.releases.map((r) => [r.name, r.type as Exclude<Bump, 'none'>]).filter(([, t]) => t !== 'none'),
  );
}

/** The largest bump each package is asked for across several changesets. */
export function combineBumps(all: ReadonlyArray<Record<string, Bump>>): Record<string, Bump> {
  const out: Record<string, Bump> = {};
  for (const bumps of all) {
    for (const [name, bump] of Object.entries(bumps)) {
      if (!out[name] || bumpLessThan(out[name], bump)) out[name] = bump;
    }
  }
  return out;
}

/** A package whose pending release is smaller than the spec change needs. */
export interface BumpShortfall {
  name: string;
  required: Bump;
  requested: Bump;
}

/**
 * Compares what the spec diff requires with what changesets plan to release;
 * every package that would ship less than it needs is a shortfall.
 */
export function findShortfalls(required: Record<string, Bump>, requested: Record<string, Bump>): BumpShortfall[] {
  return Object.entries(required)
    .map(([name, req]) => ({ name, required: req, requested: requested[name] ?? 'none' }))
    .filter((s) => bumpLessThan(s.requested, s.required));
}

/** A readable verdict for the changeset check, with the fix spelled out. */
export function formatShortfalls(shortfalls: readonly BumpShortfall[]): string {
  if (shortfalls.length === 0) return 'Changesets: the pending bumps cover the spec change.';
  return [
    'Changesets: the pending bumps are smaller than the spec change requires:',
    ...shortfalls.map(
      (s) => `  - ${s.name}: changesets ask for ${s.requested}, the spec change requires ${s.required}`,
    ),
    'Add one with `pnpm changeset` (or raise an existing one in .changeset/*.md).',
  ].join('\n');
}
