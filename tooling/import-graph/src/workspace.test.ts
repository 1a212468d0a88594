/**
 * No import cycle anywhere in the workspace: every module git tracks, in
 * every package (sources, tests, test helpers, bins, scripts, configs,
 * examples, the spec's lint rules), is in no cycle of run-time imports.
 *
 * Generated modules are read too: they are committed, and a generated table
 * importing a hand-written module that imports it back would be a cycle like
 * any other. Imports between packages (bare names) are left out: a module
 * cycle across packages needs a cycle of package dependencies, which turbo
 * refuses to run. A package's import of its own name is followed where its
 * tsconfig maps the name to a file (the client's resources import the main
 * entry as `@monite-ts/client`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { findCycles } from './cycles.js';
import { buildGraph, type ImportEdge, runtimeEdges, unresolvedImports } from './graph.js';
import { trackedSourceFiles } from './tracked-files.js';
import { tsconfigPackages } from './tsconfig-paths.js';

const root = resolve(import.meta.dirname, '../../..');
const files = trackedSourceFiles(root);

/** Each file's package: the nearest folder above it with a tracked package.json (`.` for the root's own files). */
const packageDirs = new Set(trackedSourceFiles(root, ['package.json']).map((file) => dirname(file)));
function packageOf(file: string): string {
  let dir = dirname(file);
  while (dir !== '.' && !packageDirs.has(dir)) dir = dirname(dir);
  return dir;
}

/** The whole workspace's graph, each package read with its own tsconfig's name mapping. */
const graph = new Map<string, ImportEdge[]>();
for (const dir of new Set(files.map(packageOf))) {
  const own = files.filter((file) => packageOf(file) === dir).map((file) => join(root, file));
  const packages = tsconfigPackages(join(root, dir, 'tsconfig.json'));
  for (const [file, edges] of buildGraph(own, { packages })) graph.set(file, edges);
}
const runtime = runtimeEdges(graph);
const name = (file: string) => relative(root, file);

describe('the workspace', () => {
  test('has no run-time import cycle', () => {
    expect(findCycles(runtime).map((cycle) => cycle.map(name).join(' -> '))).toEqual([]);
  });

  test('the check sees the workspace: its folders, its imports, a package importing its own name', () => {
    // Guards the test above against passing vacuously on a wrong root, list or reader.
    expect(graph.size).toBeGreaterThan(300);
    for (const folder of ['packages/*/src', 'tooling/*/src', 'tooling/*/bin', 'tooling/*/scripts', 'examples/*/src']) {
      const pattern = globToRegExp(`${folder}/**`);
      expect(
        files.some((file) => pattern.test(file)),
        folder,
      ).toBe(true);
    }
    expect(files).toContain('spec/rules/monite-rules.js');
    const facade = runtime.get(join(root, 'packages/mocks/src/create-monite.ts'))!.map(name);
    expect(facade.some((target) => target.startsWith('packages/mocks/src/http/'))).toBe(true);
    expect(runtime.get(join(root, 'packages/client/src/resources/index.ts'))).toContain(
      join(root, 'packages/client/src/index.ts'),
    );
  });

  test('every relative import loads a file, or a build output git ignores', () => {
    // An import the resolver cannot follow would silently drop an edge.
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '-q', file], { cwd: root }).status === 0;
    const missing = unresolvedImports(graph).filter(({ file, specifier }) => !ignored(join(dirname(file), specifier)));
    expect(missing.map(({ file, specifier, line }) => `${name(file)}:${line} ${specifier}`)).toEqual([]);
  });

  test('turbo reruns this test when any module it reads changes', () => {
    // Generated modules are no input on purpose: no task may hash them (the
    // turbo cache proof checks it), and their imports are written by
    // tooling/codegen, which is an input.
    const inputs = turboInputs('@monite-ts/import-graph#test', 'tooling/import-graph');
    const generated = globToRegExp('packages/*/src/generated/**');
    expect(files.filter((file) => !generated.test(file) && !inputs(file))).toEqual([]);
  });

  test('the glob reading of turbo inputs matches what turbo matches', () => {
    // Guards the test above: a matcher that matched everything would pass it.
    expect(globToRegExp('packages/*/src/**').test('packages/mocks/src/http/a.ts')).toBe(true);
    expect(globToRegExp('packages/*/src/**').test('packages/mocks/lib/a.ts')).toBe(false);
    expect(globToRegExp('packages/*/*.ts').test('packages/mocks/vitest.config.ts')).toBe(true);
    expect(globToRegExp('packages/*/*.ts').test('packages/mocks/src/a.ts')).toBe(false);
    expect(globToRegExp('spec/rules/**/*.js').test('spec/rules/a.js')).toBe(true);
    const inputs = turboInputs('@monite-ts/import-graph#test', 'tooling/import-graph');
    expect(inputs('packages/mocks/src/create-monite.ts')).toBe(true);
    expect(inputs('packages/mocks/src/generated/schemas.ts')).toBe(false);
    expect(inputs('README.md')).toBe(false);
  });
});

/**
 * Whether a path (relative to the root) is an input of a task in turbo.json:
 * it matches a glob and no `!` glob after `$TURBO_ROOT$/` is taken off;
 * `$TURBO_DEFAULT$` stands for every file of the task's package.
 */
function turboInputs(task: string, packageDir: string): (file: string) => boolean {
  const { config } = ts.parseConfigFileTextToJson('turbo.json', readFileSync(join(root, 'turbo.json'), 'utf8'));
  const globs: string[] = (config as { tasks: Record<string, { inputs?: string[] }> }).tasks[task]?.inputs ?? [];
  expect(globs.length, `inputs of ${task} in turbo.json`).toBeGreaterThan(0);
  const patterns = globs.map((glob) => {
    const negated = glob.startsWith('!');
    const path = glob.replace(/^!/, '').replace('$TURBO_DEFAULT$', `${packageDir}/**`).replace('$TURBO_ROOT$/', '');
    return { negated, pattern: globToRegExp(path) };
  });
  return (file) =>
    patterns.some(({ negated, pattern }) => !negated && pattern.test(file)) &&
    !patterns.some(({ negated, pattern }) => negated && pattern.test(file));
}

/** A glob (`*` within a folder, `**` across folders, `?`) as a regular expression over whole paths. */
function globToRegExp(glob: string): RegExp {
  // Braces and classes are not read here; a glob using them fails loudly rather than matching wrongly.
  if (/[{}[\]]/.test(glob)) throw new Error(`unsupported glob: ${glob}`);
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (glob[i] === '*') source += '[^/]*';
    else if (glob[i] === '?') source += '[^/]';
    else source += glob[i]!.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}
