import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCycles } from './cycles.js';
import { allEdges, buildGraph, runtimeEdges, unresolvedImports } from './graph.js';
import { tempTree } from './temp-tree.js';

describe('buildGraph', () => {
  test('a cycle of three files is found, once', () => {
    const root = tempTree({
      'a.ts': "import { b } from './b.js';\nexport const a = () => b;",
      'b.ts': "import { c } from './c.js';\nexport const b = () => c;",
      'c.ts': "import { a } from './a.js';\nimport { d } from './d.js';\nexport const c = () => [a, d];",
      'd.ts': 'export const d = 1;',
      'entry.ts': "import { b } from './b.js';\nimport { c } from './c.js';\nexport { b, c };",
    });
    const graph = buildGraph(['entry.ts', 'd.ts', 'c.ts', 'b.ts', 'a.ts'].map((file) => join(root, file)));
    expect(findCycles(runtimeEdges(graph))).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts'].map((file) => join(root, file))]);
  });

  test('a type-only import closes no run-time cycle, though the files still depend on each other', () => {
    const root = tempTree({
      'model.ts':
        "import type { View } from './view.js';\nexport interface Model { view?: View }\nexport const empty = {};",
      'view.ts': "import { empty } from './model.js';\nexport interface View { model: typeof empty }",
    });
    const graph = buildGraph([join(root, 'model.ts'), join(root, 'view.ts')]);
    expect(findCycles(runtimeEdges(graph))).toEqual([]);
    expect(findCycles(allEdges(graph))).toEqual([
      [join(root, 'model.ts'), join(root, 'view.ts'), join(root, 'model.ts')],
    ]);
  });

  test('a graph without a cycle (a DAG) gives none', () => {
    const root = tempTree({
      'index.ts': "export * from './rooms/index.js';\nexport { leaf } from './leaf.js';",
      'rooms/index.ts': "import { leaf } from '../leaf.js';\nimport '../side.js';\nexport const room = leaf;",
      'leaf.ts': "import { readFileSync } from 'node:fs';\nexport const leaf = readFileSync;",
      'side.ts': 'globalThis.toString();',
    });
    const graph = buildGraph(['index.ts', 'rooms/index.ts', 'leaf.ts', 'side.ts'].map((file) => join(root, file)));
    expect(findCycles(runtimeEdges(graph))).toEqual([]);
    // The walk saw the edges: the entry reaches the room through its index, the room its side effect.
    expect(runtimeEdges(graph).get(join(root, 'index.ts'))).toEqual([
      join(root, 'leaf.ts'),
      join(root, 'rooms/index.ts'),
    ]);
    expect(runtimeEdges(graph).get(join(root, 'rooms/index.ts'))).toEqual([
      join(root, 'leaf.ts'),
      join(root, 'side.ts'),
    ]);
  });

  test('a package name mapped to a file is an edge like a relative import', () => {
    const root = tempTree({
      'src/index.ts': "import { list } from './resources/index.js';\nexport const all = list;",
      'src/resources/index.ts': "import { all } from '@monite-ts/client';\nexport const list = () => all;",
    });
    const files = [join(root, 'src/index.ts'), join(root, 'src/resources/index.ts')];
    expect(findCycles(runtimeEdges(buildGraph(files)))).toEqual([]);
    const mapped = buildGraph(files, { packages: { '@monite-ts/client': join(root, 'src/index.ts') } });
    expect(findCycles(runtimeEdges(mapped))).toEqual([[...files, files[0]]]);
  });

  test('relative imports that load no file are listed; bare ones are not', () => {
    const root = tempTree({
      'a.ts': "import { gone } from './gone.js';\nimport { z } from 'zod';\nexport { gone, z };",
    });
    const graph = buildGraph([join(root, 'a.ts')]);
    expect(unresolvedImports(graph)).toEqual([{ file: join(root, 'a.ts'), specifier: './gone.js', line: 1 }]);
    expect(graph.get(join(root, 'a.ts'))!.map((edge) => edge.target)).toEqual([undefined, undefined]);
  });

  test('keys are the absolute paths of the files, sorted, each once', () => {
    const root = tempTree({ 'b.ts': '', 'a.ts': '' });
    const graph = buildGraph([join(root, 'b.ts'), join(root, 'a.ts'), join(root, 'b.ts')]);
    expect([...graph.keys()]).toEqual([join(root, 'a.ts'), join(root, 'b.ts')]);
  });
});
