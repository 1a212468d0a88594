import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importsInSource, readImports } from './read-imports.js';
import { tempTree } from './temp-tree.js';

/** Specifier → typeOnly, for the imports of a source. */
function erased(text: string, fileName = 'module.ts', verbatimModuleSyntax?: boolean) {
  return Object.fromEntries(
    importsInSource(text, fileName, verbatimModuleSyntax === undefined ? {} : { verbatimModuleSyntax }).map((i) => [
      i.specifier,
      i.typeOnly,
    ]),
  );
}

describe('importsInSource', () => {
  test('import type and export type are erased; value imports, re-exports and side effects are not', () => {
    const text = [
      "import type { A } from './type-named.js';",
      "import type B from './type-default.js';",
      "import type * as C from './type-namespace.js';",
      "export type { D } from './type-reexport.js';",
      "export type * from './type-star.js';",
      "import { e } from './value.js';",
      "import f, { type G } from './default-and-type.js';",
      "import { type H, i } from './mixed.js';",
      "import './side-effect.js';",
      "export * from './star.js';",
      "export { j } from './reexport.js';",
    ].join('\n');
    expect(erased(text)).toEqual({
      './type-named.js': true,
      './type-default.js': true,
      './type-namespace.js': true,
      './type-reexport.js': true,
      './type-star.js': true,
      './value.js': false,
      './default-and-type.js': false,
      './mixed.js': false,
      './side-effect.js': false,
      './star.js': false,
      './reexport.js': false,
    });
  });

  test('an import whose every binding is `type` loads its module under verbatimModuleSyntax, and only there', () => {
    // tsc and esbuild emit `import {} from './all-types.js'` for it under
    // verbatimModuleSyntax (the workspace's setting), and drop it without.
    const text = [
      "import { type A, type B } from './all-types.js';",
      "export { type C } from './all-types-reexport.js';",
      "import {} from './empty.js';",
      "import { type D, e } from './mixed.js';",
    ].join('\n');
    expect(erased(text)).toEqual({
      './all-types.js': false,
      './all-types-reexport.js': false,
      './empty.js': false,
      './mixed.js': false,
    });
    expect(erased(text, 'module.ts', false)).toEqual({
      './all-types.js': true,
      './all-types-reexport.js': true,
      './empty.js': false,
      './mixed.js': false,
    });
  });

  test('dynamic imports load at run time; import types do not; computed specifiers are skipped', () => {
    const text = [
      'export async function load(name: string) {',
      "  const later = await import('./later.js');",
      '  const unknown = await import(name);',
      "  const table: typeof import('./table.js') = later.table;",
      '  return [unknown, table];',
      '}',
    ].join('\n');
    expect(importsInSource(text, 'module.ts')).toEqual([
      { specifier: './later.js', typeOnly: false, dynamic: true, line: 2 },
      { specifier: './table.js', typeOnly: true, dynamic: false, line: 4 },
    ]);
  });

  test('text that only looks like an import is not one', () => {
    const text = [
      "// import { a } from './in-a-comment.js';",
      'const text = "import { b } from \'./in-a-string.js\'";',
      "/* export * from './in-a-block-comment.js'; */",
      'export const c = text;',
    ].join('\n');
    expect(importsInSource(text, 'module.ts')).toEqual([]);
  });

  test('import = require() is read, and a declaration file imports nothing at run time', () => {
    expect(erased("import fs = require('./fs-like.js');\nimport type T = require('./t.js');")).toEqual({
      './fs-like.js': false,
      './t.js': true,
    });
    expect(erased("import { a } from './a.js';\nexport * from './b.js';", 'globals.d.ts')).toEqual({
      './a.js': true,
      './b.js': true,
    });
  });

  test('JavaScript and TSX are parsed in their own dialect', () => {
    expect(erased("import { a } from './a.mjs';\nexport const b = a;", 'module.mjs')).toEqual({ './a.mjs': false });
    // In JSX text a backtick is a character; read as plain TypeScript it opens
    // a template string that swallows the import below it.
    const tsx = "export const hint = <p>a ` in text</p>;\nimport { c } from './c.js';\nexport const d = c; // `";
    expect(erased(tsx, 'view.tsx')).toEqual({ './c.js': false });
    expect(erased(tsx, 'view.ts')).toEqual({});
  });
});

describe('readImports', () => {
  test('reads the file on disk', () => {
    const root = tempTree({ 'src/a.ts': "import type { B } from './b.js';\nimport { c } from './c.js';\n" });
    expect(readImports(join(root, 'src/a.ts'))).toEqual([
      { specifier: './b.js', typeOnly: true, dynamic: false, line: 1 },
      { specifier: './c.js', typeOnly: false, dynamic: false, line: 2 },
    ]);
  });
});
