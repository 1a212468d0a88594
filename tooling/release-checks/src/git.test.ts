import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBaseRef, readSpecAtRef } from './git.js';

// A real scratch repository: the base-ref rule is about git history, and a
// mocked git would only test the mock.
let repo: string;
function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
}
function write(path: string, content: unknown): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), typeof content === 'string' ? content : JSON.stringify(content));
}
function commit(message: string): string {
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message);
  return git('rev-parse', 'HEAD');
}
function init(): void {
  repo = mkdtempSync(join(tmpdir(), 'release-checks-git-'));
  git('init', '-q', '-b', 'main');
}

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('findBaseRef', () => {
  it('picks the newest commit that changed a published version', () => {
    init();
    write('packages/types/package.json', { name: '@monite-ts/types', version: '0.1.0' });
    write('spec/dist/openapi.json', { paths: { '/a': {} } });
    commit('initial');
    write('packages/types/package.json', { name: '@monite-ts/types', version: '0.2.0' });
    const release = commit('version packages');
    write('spec/dist/openapi.json', { paths: { '/a': {}, '/b': {} } });
    commit('new path');
    write('packages/types/package.json', { name: '@monite-ts/types', version: '0.2.0', description: 'x' });
    commit('manifest edit without a version change');

    const base = findBaseRef(repo);
    expect(release.startsWith(base.ref)).toBe(true);
    expect(base.reason).toContain('0.1.0 -> 0.2.0');
    expect(readSpecAtRef(base.ref, repo)).toEqual({ paths: { '/a': {} } });
  });

  it('falls back to HEAD~1 before the first release, and reads a missing spec as undefined', () => {
    init();
    write('packages/types/package.json', { name: '@monite-ts/types', version: '0.1.0' });
    commit('manifests');
    write('spec/dist/openapi.json', { paths: {} });
    commit('spec');
    expect(findBaseRef(repo, { beforeFirstRelease: 'previous-commit' }).ref).toBe('HEAD~1');
    expect(readSpecAtRef('HEAD~1', repo)).toBeUndefined();
  });

  it('before the first release, compares a branch with its merge base and the default branch with HEAD', () => {
    init();
    write('packages/types/package.json', { name: '@monite-ts/types', version: '0.1.0' });
    write('spec/dist/openapi.json', { paths: { '/a': {} } });
    const forked = commit('on main');
    git('checkout', '-q', '-b', 'feature');
    write('spec/dist/openapi.json', { paths: { '/a': {}, '/b': {} } });
    commit('first change');
    write('spec/dist/openapi.json', { paths: { '/a': {}, '/b': {}, '/c': {} } });
    commit('second change');

    // Both commits of the branch, not only the last one.
    const onBranch = findBaseRef(repo);
    expect(forked.startsWith(onBranch.ref)).toBe(true);
    expect(onBranch.reason).toContain('merge base with main');
    expect(readSpecAtRef(onBranch.ref, repo)).toEqual({ paths: { '/a': {} } });

    git('checkout', '-q', 'main');
    expect(findBaseRef(repo)).toMatchObject({ ref: 'HEAD', reason: expect.stringContaining('uncommitted edits') });
  });
});
