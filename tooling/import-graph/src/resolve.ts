/**
 * From a specifier to the file it loads, the way the workspace's sources are
 * resolved (TypeScript's `Bundler` resolution, vitest, tsup): `./x.js` names
 * the compiled file, so the source is `x.ts` or `x.tsx`; a folder means its
 * index. Bare specifiers name other packages, whose files are not this
 * graph's business, unless the caller says which file a name stands for.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** What a bare specifier means, when it means a file of the graph. */
export interface ResolveOptions {
  /**
   * Package names that stand for one source file, as absolute paths: the
   * client's resources import the main entry as `@monite-ts/client`, which
   * its tsconfig maps to `src/index.ts`. Other bare specifiers resolve to nothing.
   */
  readonly packages?: Readonly<Record<string, string>>;
}

/** Whether a specifier is relative to the importing file (`./x.js`, `../y`, `.`); the rest are bare or absolute. */
export function isRelative(specifier: string): boolean {
  return /^\.\.?(\/|$)/.test(specifier);
}

/**
 * The source files a compiled extension stands for, in the order they are
 * tried: an import of `./x.js` is written for the output of `x.ts`, and may be
 * a plain JavaScript `x.js`.
 */
const FOR_COMPILED: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.d.ts', '.js', '.jsx'],
  '.jsx': ['.tsx', '.d.ts', '.jsx'],
  '.mjs': ['.mts', '.d.mts', '.mjs'],
  '.cjs': ['.cts', '.d.cts', '.cjs'],
};

/** What an extensionless specifier may be completed with, for a file or a folder's index. */
const COMPLETIONS = ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mts', '.mjs', '.cts', '.cjs'];

/**
 * The absolute path of the file `specifier` loads when `fromFile` imports it,
 * or undefined: a bare specifier not in `options.packages`, or a relative one
 * that finds no file.
 * @param exists whether a path is a file; the file system unless a test says otherwise
 * @example resolveImport('./x.js', '/repo/src/a.ts') // '/repo/src/x.ts' when that file exists
 */
export function resolveImport(
  specifier: string,
  fromFile: string,
  options: ResolveOptions = {},
  exists: (path: string) => boolean = isFile,
): string | undefined {
  if (!isRelative(specifier)) {
    const mapped = options.packages?.[specifier];
    return mapped === undefined ? undefined : resolve(mapped);
  }
  const base = resolve(dirname(fromFile), specifier);
  return candidates(base).find(exists);
}

/** The paths a relative specifier (already made absolute as `base`) may mean, most likely first. */
function candidates(base: string): string[] {
  const extension = /\.[cm]?jsx?$/.exec(base)?.[0];
  if (extension) {
    const stem = base.slice(0, -extension.length);
    return FOR_COMPILED[extension]!.map((source) => stem + source);
  }
  // `.ts`, `.json` and other named files are what they say; without an
  // extension the specifier is a file to complete or a folder with an index.
  return [
    base,
    ...COMPLETIONS.map((completion) => base + completion),
    ...COMPLETIONS.map((completion) => `${base}/index${completion}`),
  ];
}

/** Whether a path is an existing file (a folder is not). */
function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
