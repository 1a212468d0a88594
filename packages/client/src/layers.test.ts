/**
 * The client's folders are layers (docs/architecture.md, "The client's
 * layers"): a production module imports only from its own folder or from a
 * folder below it, and no chain of imports leads back to where it started.
 * Tests are exempt: they judge a layer through the whole client.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, findCycles, runtimeEdges, tsconfigPackages } from '@monite-ts/import-graph';
import { describe, expect, test } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));

/** Bottom to top. `.` is the main entry (src/index.ts), which the resources layer imports by the package's name. */
const LAYERS = ['errors', 'core', 'auth', 'uploads', 'client', 'pagination', 'webhooks', '.', 'resources'];

/**
 * Generated modules are regenerated, not arranged by hand: their type-only
 * imports of the call types, the main entry's paths and the resource
 * promise are the one allowed way up, and erased at run time.
 */
const GENERATED_TYPE_IMPORTS = ['client/call-types', 'resources/resource-promise', 'index'];

function productionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return productionFiles(path);
    return entry.name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** A module's folder under src/ (`.` for the entry files at the top). */
function layerOf(module: string): string {
  return module.includes('/') ? module.slice(0, module.indexOf('/')) : '.';
}

/** A file as a module name relative to src/, without extension (`client/create-client`, `index`). */
function moduleName(file: string): string {
  return relative(src, file).replace(/\.tsx?$/, '');
}

/**
 * The production modules' imports, read by the workspace's import reader
 * (tooling/import-graph), each marked type-only or not. The package's own
 * name means its main entry, as the tsconfig's `paths` say; other packages'
 * names resolve to no file and are left out.
 */
const imports = buildGraph(productionFiles(src), { packages: tsconfigPackages(join(src, '../tsconfig.json')) });

/** Every import of each module as a module name relative to src/, without extension. */
const graph = new Map(
  [...imports].map(([file, edges]) => [
    moduleName(file),
    edges.flatMap(({ target, typeOnly }) => (target === undefined ? [] : [{ target: moduleName(target), typeOnly }])),
  ]),
);

describe('layers of src/', () => {
  test('every production module lives in a known layer (or is generated)', () => {
    const unknown = [...graph.keys()].filter((m) => !LAYERS.includes(layerOf(m)) && layerOf(m) !== 'generated');
    expect(unknown).toEqual([]);
  });

  test('no module imports a layer above its own', () => {
    const upward: string[] = [];
    for (const [module, imports] of graph) {
      const layer = layerOf(module);
      for (const { target, typeOnly } of imports) {
        const to = layerOf(target);
        if (to === 'generated') continue;
        if (layer === 'generated') {
          if (!(typeOnly && GENERATED_TYPE_IMPORTS.includes(target))) upward.push(`${module} -> ${target}`);
          continue;
        }
        if (LAYERS.indexOf(to) > LAYERS.indexOf(layer)) upward.push(`${module} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  test('run-time imports form no cycle', () => {
    // Type-only imports are erased: they cannot close a cycle at run time.
    const edges = new Map(
      [...runtimeEdges(imports)].map(([file, targets]) => [moduleName(file), targets.map(moduleName)]),
    );
    expect(findCycles(edges)).toEqual([]);
  });

  test('the checks see the imports they judge', () => {
    // Guards the tests above against passing vacuously on a wrong path or
    // reader. (The cycle finder's own tests show it finding a cycle.)
    expect(graph.get('client/create-client')!.some((i) => i.target === 'core/abort')).toBe(true);
    expect(graph.get('resources/index')!.some((i) => i.target === 'index')).toBe(true);
    expect(graph.get('generated/call-table')!.some((i) => i.target === 'client/call-types' && i.typeOnly)).toBe(true);
  });
});
