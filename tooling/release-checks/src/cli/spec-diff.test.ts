/**
 * The monite-spec-diff command end to end: the real binary, git and the
 * repository's changesets, with a head spec derived from HEAD's bundle.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import getReleasePlan from '@changesets/get-release-plan';
import { API_METHODS } from '@monite-ts/openapi-model';
import { afterAll, describe, expect, it } from 'vitest';
import { readSpecAtRef } from '../git.js';
import { repoRoot } from '../workspace.js';

const bin = join(repoRoot, 'tooling/release-checks/bin/monite-spec-diff.mjs');
const dir = mkdtempSync(join(tmpdir(), 'spec-diff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

const base = readSpecAtRef('HEAD') as { paths: Record<string, Record<string, unknown>> } | undefined;

describe.skipIf(!base)('monite-spec-diff', () => {
  it('reports nothing for an unchanged spec and passes the changeset check', () => {
    const head = join(dir, 'same.json');
    writeFileSync(head, JSON.stringify(base));
    const { code, out } = cli(['--base', 'HEAD', '--head', head, '--check-changesets']);
    expect(out).toContain('Required bump: none (0 changes)');
    expect(out).toContain('the pending bumps cover the spec change');
    expect(code).toBe(0);
  });

  it('reports a removed operation as breaking and fails when no changeset asks for major', async () => {
    const spec = structuredClone(base!);
    const [path, item] = Object.entries(spec.paths)[0]!;
    const method = Object.keys(item).find((k) => (API_METHODS as readonly string[]).includes(k))!;
    delete item[method];
    const head = join(dir, 'removed.json');
    writeFileSync(head, JSON.stringify(spec));
    const { code, out } = cli(['--base', 'HEAD', '--head', head, '--check-changesets']);
    expect(out).toContain('Required bump: major');
    expect(out).toContain(`[operation-removed] operation ${method.toUpperCase()} ${path} was removed`);
    const plan = await getReleasePlan(repoRoot);
    const majors = plan.releases.filter((r) => r.type === 'major').map((r) => r.name);
    const covered = ['@monite-ts/spec', '@monite-ts/types', '@monite-ts/client', '@monite-ts/mocks'].every((n) =>
      majors.includes(n),
    );
    expect(code).toBe(covered ? 0 : 1);
    if (!covered) expect(out).toContain('the spec change requires major');
  });

  it('compares the working tree by default: the spec sources bundled now, uncommitted edits included', () => {
    const { code, out } = cli([]);
    expect(out).toMatch(/^Base: \S+ \(/m);
    expect(out).toContain('-> the working tree (spec/ bundled now)');
    expect(code).toBe(0);
  });

  it('prints JSON for tools', () => {
    const head = join(dir, 'same-json.json');
    writeFileSync(head, JSON.stringify(base));
    const { code, out } = cli(['--base', 'HEAD', '--head', head, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ requiredBump: 'none', changes: [] });
  });
});
