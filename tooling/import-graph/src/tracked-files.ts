/**
 * The files a check of the whole workspace reads: the ones git tracks, so a
 * check run from a clean clone (as in CI) and one run from a working copy see
 * the same set, and build outputs, `node_modules` and other tests' scratch
 * files (untracked, often ignored) never enter it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The extensions of JavaScript and TypeScript modules, declaration files (`.d.ts`) included. */
export const SOURCE_EXTENSIONS: readonly string[] = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/**
 * The files under `root` that git tracks and whose name ends in one of
 * `extensions`, as sorted paths relative to `root`. A tracked file deleted
 * from the working copy is left out: there is nothing to read.
 * @param root a folder inside a git working copy
 */
export function trackedSourceFiles(root: string, extensions: readonly string[] = SOURCE_EXTENSIONS): string[] {
  // -z: names as they are, NUL-separated (no quoting of unusual characters).
  const listed = execFileSync('git', ['ls-files', '-z', '--cached'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listed
    .split('\0')
    .filter((file) => file !== '' && extensions.some((extension) => file.endsWith(extension)))
    .filter((file) => existsSync(join(root, file)))
    .sort();
}
