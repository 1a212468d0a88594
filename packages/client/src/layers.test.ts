/**
 * The client's folders are layers (docs/architecture.md, "The client's
 * layers"): a production module imports only from its own folder or from a
 * folder below it, and no chain of imports leads back to where it started.
 * Tests are exempt: they judge a layer through the whole client.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Every import of a file as a module name relative to src/, without extension; the package's own name means its main entry. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const found: { target: string; typeOnly: boolean }[] = [];
  for (const [, type, spec] of text.matchAll(/(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'/g)) {
    if (spec === '@monite-ts/client') found.push({ target: 'index', typeOnly: Boolean(type) });
    else if (spec!.startsWith('.'))
      found.push({
        target: relative(src, resolve(dirname(file), spec!)).replace(/\.js$/, ''),
        typeOnly: Boolean(type),
      });
  }
  return found;
}

const graph = new Map(
  productionFiles(src).map((file) => [relative(src, file).replace(/\.ts$/, ''), importsOf(file)] as const),
);

/** The first import cycle among run-time (not type-only) imports, as a list of modules, or undefined. */
function findCycle(edges: Map<string, string[]>): string[] | undefined {
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (module: string): string[] | undefined => {
    const at = stack.indexOf(module);
    if (at !== -1) return [...stack.slice(at), module];
    if (done.has(module)) return undefined;
    stack.push(module);
    for (const next of edges.get(module) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    done.add(module);
    return undefined;
  };
  for (const module of edges.keys()) {
    const cycle = visit(module);
    if (cycle) return cycle;
  }
  return undefined;
}

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
    const edges = new Map(
      [...graph].map(([module, imports]) => [module, imports.filter((i) => !i.typeOnly).map((i) => i.target)]),
    );
    expect(findCycle(edges)).toBeUndefined();
  });

  test('the checks see the imports they judge', () => {
    // Guards the tests above against passing vacuously on a wrong path or pattern.
    expect(graph.get('client/create-client')!.some((i) => i.target === 'core/abort')).toBe(true);
    expect(graph.get('resources/index')!.some((i) => i.target === 'index')).toBe(true);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });
});
