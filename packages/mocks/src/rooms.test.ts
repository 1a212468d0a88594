/**
 * The rooms of the mock and what each may import (docs/architecture.md): a
 * lower room importing a higher one would tangle the layers back together,
 * and an import cycle anywhere (between rooms or inside one) would make a
 * module's meaning depend on load order.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allEdges, buildGraph, findCycles } from '@monite-ts/import-graph';
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

/**
 * Every non-test module of the package with its imports, read once by the
 * workspace's import reader (tooling/import-graph): side-effect, re-export,
 * dynamic and type imports all count, and each names the file it loads.
 */
const graph = buildGraph(sourceFiles(src));

/** A file as the rooms name it: its path from `src/` without extension (`http/index`, `create-monite`). */
function moduleName(file: string): string {
  return relative(src, file).replace(/\.[cm]?[jt]sx?$/, '');
}

/** The imports of a file within the package (type imports included), as paths from `src/` without extension. */
function importsOf(file: string): string[] {
  // Imports of other packages (msw, ajv, node:…) resolve to no file here and are no room's business.
  return (graph.get(file) ?? []).flatMap((edge) => (edge.target === undefined ? [] : [moduleName(edge.target)]));
}

/** Every relative import of a room's non-test files that leaves the room, as `room/file` (without extension). */
function importsLeaving(room: string): { file: string; target: string }[] {
  return sourceFiles(join(src, room)).flatMap((file) =>
    importsOf(file)
      .filter((target) => !target.startsWith(`${room}/`))
      .map((target) => ({ file: relative(src, file), target })),
  );
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
    // Type imports count here too: a cycle of types still ties two rooms into
    // one. (The workspace-wide test in tooling/import-graph holds every
    // package, this one included, to no cycle of run-time imports; its own
    // tests show the cycle finder finding a cycle, however long.)
    const modules = new Map(
      [...allEdges(graph)]
        .filter(([file]) => !moduleName(file).startsWith('test/'))
        .map(([file, targets]) => [moduleName(file), targets.map(moduleName)]),
    );
    expect(modules.size).toBeGreaterThan(100);
    expect(findCycles(modules)).toEqual([]);
  });
});
