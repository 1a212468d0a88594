// The files the docs name exist: a refactor that moves or removes a file
// named in a README or in docs/ fails here until the text follows it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPaths, namedPaths } from './doc-paths.js';

const root = resolve(import.meta.dirname, '../../..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

/** The hand-written markdown of the repository (changelogs and changesets are written by tools or for a release). */
const documents = git('ls-files', '*.md', ':!**/CHANGELOG.md', ':!.changeset/*.md').trim().split('\n');
/** Every workspace package's folder: its docs name its files from there. */
const packages = git('ls-files', '*/package.json')
  .trim()
  .split('\n')
  .map((file) => dirname(file))
  .filter((dir) => !dir.includes('fixtures') && !dir.includes('e2e'));

/** A path counts when it is in the checkout, or is a build output git ignores (`spec/docs-build/`). */
function exists(base: string, path: string): boolean {
  const full = join(root, base, path);
  if (existsSync(full)) return true;
  try {
    git('check-ignore', '-q', '--no-index', full);
    return true;
  } catch {
    return false;
  }
}

describe('paths named in the docs', () => {
  it('are found in the markdown the way a reader sees them', () => {
    const text =
      'Rules sit in `src/domain/module.ts`;\nsee `packages/mocks/README.md`, `src/{id}.ts`, `src/*.ts` and `a/b.ts`.';
    expect(namedPaths(text)).toEqual([
      { path: 'src/domain/module.ts', line: 1 },
      { path: 'packages/mocks/README.md', line: 2 },
    ]);
  });

  it('are reported when they name no file, under any root', () => {
    const text = 'See `src/domain/module.ts` and `src/domain/event-catalogue.ts`.';
    expect(missingPaths(text, ['.', 'packages/mocks'], exists)).toEqual([
      { path: 'src/domain/event-catalogue.ts', line: 1 },
    ]);
  });

  it('name files that exist, in every README and doc', () => {
    expect(documents.length).toBeGreaterThan(5);
    const missing = documents.flatMap((file) =>
      missingPaths(readFileSync(join(root, file), 'utf8'), [dirname(file), '.', ...packages], exists).map(
        ({ path, line }) => `${file}:${line} ${path}`,
      ),
    );
    expect(missing).toEqual([]);
  });
});
