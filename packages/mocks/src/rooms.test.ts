/**
 * The rooms of the mock and what each may import (docs/architecture.md): a
 * lower room importing a higher one would tangle the layers back together,
 * and an import cycle anywhere (between rooms or inside one) would make a
 * module's meaning depend on load order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));

/** Each room and the rooms below it that it may import; `shared` is the leaf every room may use. */
const ALLOWED: Record<string, string[]> = {
  shared: [],
  schema: ['shared'],
  operations: ['generated', 'shared'],
  wire: ['schema', 'shared'],
  state: ['schema', 'operations', 'shared'],
  domain: ['state', 'schema', 'operations', 'shared'],
  pipeline: ['domain', 'state', 'schema', 'operations', 'generated', 'wire', 'shared'],
  // Test helpers: the admin client (types of what the admin surface answers) and the mock as a process.
  testing: ['pipeline', 'domain', 'shared'],
  // The CLI's flags and config file: read and checked, shaped as the server's options.
  config: ['server'],
  // Node only: the state file follows the engine (snapshots, store, tokens) and knows no HTTP.
  persistence: ['pipeline', 'state', 'shared'],
  // How the mock meets HTTP (msw handlers, the admin surface, payment pages); the facade builds on it.
  http: ['pipeline', 'domain', 'state', 'operations', 'schema', 'wire', 'shared'],
  // The Node server: a mock built through the facade, kept in a state file, served over HTTP.
  server: ['create-monite', 'persistence', 'pipeline', 'shared'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** The relative imports of a file (type imports included), as paths from `src/` without extension. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from\s+'(\.[^']+)'/g)].map(([, spec]) =>
    relative(src, resolve(dirname(file), spec as string)).replace(/\.js$/, ''),
  );
}

/** Every relative import of a room's non-test files that leaves the room, as `room/file` (without extension). */
function importsLeaving(room: string): { file: string; target: string }[] {
  return sourceFiles(join(src, room)).flatMap((file) =>
    importsOf(file)
      .filter((target) => !target.startsWith(`${room}/`))
      .map((target) => ({ file: relative(src, file), target })),
  );
}

/** The import cycles of a set of modules (each reported once, from its first module in sorted order). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      cycles.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node, []);
  return cycles;
}

describe('rooms', () => {
  test.each(Object.keys(ALLOWED))('%s imports only from the rooms below it', (room) => {
    const allowed = ALLOWED[room]!;
    const violations = importsLeaving(room).filter(
      ({ target }) => !allowed.some((a) => target === a || target.startsWith(`${a}/`)),
    );
    expect(violations).toEqual([]);
  });

  test('the facade builds on http/ and knows nothing of the Node server above it', () => {
    const imports = importsOf(join(src, 'create-monite.ts'));
    expect(imports.some((target) => target.startsWith('http/'))).toBe(true);
    expect(imports.filter((target) => target.startsWith('server/') || target.startsWith('config/'))).toEqual([]);
  });

  test('the check sees imports (schema/ walks its own modules)', () => {
    // Guards the test above against passing vacuously on a wrong path or pattern.
    expect(sourceFiles(join(src, 'schema')).length).toBeGreaterThan(3);
    expect(importsLeaving('state').length).toBeGreaterThan(3);
  });

  test('no module of the package takes part in an import cycle', () => {
    const modules = sourceFiles(src).filter((file) => !relative(src, file).startsWith('test/'));
    const graph = new Map(modules.map((file) => [relative(src, file).replace(/\.ts$/, ''), importsOf(file)]));
    expect(cyclesOf(graph)).toEqual([]);
  });

  test('the cycle check finds a cycle, however long, and only cycles', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(cyclesOf(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cyclesOf(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});
