/**
 * The release flow on a scratch copy of the real manifests: `changeset
 * status` plans the release, `changeset version` applies it, and the result
 * must have the right versions, untouched workspace ranges and changelogs.
 * Uses the @changesets/cli the root installs, so a CLI upgrade is tested too.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesetBin, copyManifests, readManifest, run, workspacePackageDirs, type Manifest } from '../scratch.js';
import { repoRoot } from '../workspace.js';

const BUMPED = '@monite-ts/types';
const PATCHED = '@monite-ts/spec';

function bumpVersion(version: string, type: 'major' | 'minor' | 'patch'): string {
  const [major, minor, patch] = version.split('-')[0]!.split('.').map(Number) as [number, number, number];
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

let scratch: string;
const before = new Map<string, { dir: string; manifest: Manifest }>();
const after = new Map<string, Manifest>();
let statusPlan: { releases: Array<{ name: string; type: string; newVersion: string }> };

beforeAll(() => {
  for (const dir of workspacePackageDirs()) {
    const manifest = readManifest(join(repoRoot, dir, 'package.json'));
    before.set(manifest.name, { dir, manifest });
  }
  scratch = copyManifests('release-checks-changesets-');
  // Only the test changeset: pending ones in the checkout would blur what is checked.
  writeFileSync(
    join(scratch, '.changeset/brave-tests-sing.md'),
    `---\n"${BUMPED}": minor\n"${PATCHED}": patch\n---\n\nAdd the e-invoicing types.\n`,
  );
  // `changeset status` compares with the base branch, so the scratch copy is a repo.
  run('git', ['init', '-q', '-b', 'main'], { cwd: scratch });
  run('git', ['add', '.'], { cwd: scratch });
  run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'scratch'], {
    cwd: scratch,
  });
  run(process.execPath, [changesetBin, 'status', '--output', 'status.json'], { cwd: scratch });
  statusPlan = JSON.parse(readFileSync(join(scratch, 'status.json'), 'utf8'));
  rmSync(join(scratch, 'status.json'));
  run(process.execPath, [changesetBin, 'version'], { cwd: scratch });
  for (const [name, { dir }] of before) after.set(name, readManifest(join(scratch, dir, 'package.json')));
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Published packages that depend on the bumped one at run time: changesets patches them. */
function runtimeDependents(): string[] {
  return [...before.values()]
    .filter(({ manifest }) => !manifest.private)
    .filter(({ manifest }) => BUMPED in (manifest.dependencies ?? {}) || BUMPED in (manifest.peerDependencies ?? {}))
    .map(({ manifest }) => manifest.name);
}

describe('changeset status', () => {
  it('plans the bumps the changeset asks for', () => {
    const byName = Object.fromEntries(statusPlan.releases.map((r) => [r.name, r]));
    expect(byName[BUMPED]?.type).toBe('minor');
    expect(byName[PATCHED]?.type).toBe('patch');
    expect(byName[BUMPED]?.newVersion).toBe(bumpVersion(before.get(BUMPED)!.manifest.version, 'minor'));
  });
});

describe('changeset version', () => {
  it('bumps the packages named in the changeset', () => {
    expect(after.get(BUMPED)!.version).toBe(bumpVersion(before.get(BUMPED)!.manifest.version, 'minor'));
    expect(after.get(PATCHED)!.version).toBe(bumpVersion(before.get(PATCHED)!.manifest.version, 'patch'));
  });

  it('patches published packages that depend on the bumped one, and leaves the rest alone', () => {
    const dependents = runtimeDependents();
    for (const [name, { manifest }] of before) {
      if (name === BUMPED || name === PATCHED) continue;
      const expected = dependents.includes(name) ? bumpVersion(manifest.version, 'patch') : manifest.version;
      expect(after.get(name)!.version, name).toBe(expected);
    }
  });

  it('never versions private packages (they are ignored in .changeset/config.json)', () => {
    for (const [name, { manifest, dir }] of before) {
      if (!manifest.private) continue;
      expect(after.get(name)!.version, name).toBe(manifest.version);
      expect(existsSync(join(scratch, dir, 'CHANGELOG.md')), `${name} changelog`).toBe(false);
    }
  });

  it('keeps workspace:* ranges of internal dependencies for pnpm to replace at publish time', () => {
    let checked = 0;
    for (const [name, { manifest }] of before) {
      for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const) {
        for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
          if (!range.startsWith('workspace:')) continue;
          checked++;
          expect(after.get(name)![field]![dep], `${name} ${field} ${dep}`).toBe(range);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('writes CHANGELOG entries with the summary under the right heading', () => {
    const types = readFileSync(join(scratch, before.get(BUMPED)!.dir, 'CHANGELOG.md'), 'utf8');
    expect(types).toMatch(new RegExp(`^# ${BUMPED}\\n`));
    expect(types).toContain(`## ${after.get(BUMPED)!.version}\n\n### Minor Changes`);
    expect(types).toContain('Add the e-invoicing types.');
    const spec = readFileSync(join(scratch, before.get(PATCHED)!.dir, 'CHANGELOG.md'), 'utf8');
    expect(spec).toContain(`## ${after.get(PATCHED)!.version}\n\n### Patch Changes`);
    for (const name of runtimeDependents()) {
      const log = readFileSync(join(scratch, before.get(name)!.dir, 'CHANGELOG.md'), 'utf8');
      expect(log, name).toContain('Updated dependencies');
      expect(log, name).toContain(`${BUMPED}@${after.get(BUMPED)!.version}`);
    }
  });

  it('consumes the changeset', () => {
    expect(readdirSync(join(scratch, '.changeset')).filter((f) => f.endsWith('.md'))).toEqual([]);
  });
});
