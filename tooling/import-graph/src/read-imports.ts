/**
 * Reading one module's imports with TypeScript's own parser. A regex sees
 * `from '…'` inside comments and strings and misses side-effect imports; the
 * parser knows what is an import, and whether the compiler erases it.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** One import of a module, as its source writes it. */
export interface ImportRecord {
  /** The module specifier as written: `./x.js`, `../dir`, `@monite-ts/client`, `node:fs`. */
  readonly specifier: string;
  /**
   * The compiler erases it, so it loads nothing at run time: `import type`,
   * `export type`, `typeof import('./x.js')` in a type, every import of a
   * declaration file; with `verbatimModuleSyntax: false`, also an import whose
   * every named binding is `type`.
   */
  readonly typeOnly: boolean;
  /** An `import('./x.js')` call: the module loads when the call runs, not when the importer loads. */
  readonly dynamic: boolean;
  /** The line of the specifier (from 1), so a report can point at it. */
  readonly line: number;
}

/** How the module is compiled, as far as it decides which imports are erased. */
export interface ReadOptions {
  /**
   * Whether the module is compiled with `verbatimModuleSyntax`, as the
   * workspace's `tooling/tsconfig/base.json` compiles every package (the
   * default). Under it, tsc and esbuild emit `import { type A } from './a.js'`
   * as `import {} from './a.js'`, which still loads `a.js`: only `import type`
   * and `export type` are erased. Without it, an import or re-export whose
   * every named binding is `type` is dropped as well.
   */
  readonly verbatimModuleSyntax?: boolean;
}

/**
 * The imports of a module's source text: import and export declarations with
 * a specifier, `import x = require('…')`, dynamic `import('…')` calls with a
 * literal specifier and `import('…')` types, in source order. JSDoc type
 * imports of JavaScript files are not read: they are types, erased anyway.
 * @param fileName decides the dialect (`.tsx`, `.js`, `.d.ts` …); nothing is read from it
 * @example importsInSource("import type { A } from './a.js';", 'b.ts')
 *   // [{ specifier: './a.js', typeOnly: true, dynamic: false, line: 1 }]
 */
export function importsInSource(text: string, fileName: string, options: ReadOptions = {}): ImportRecord[] {
  const verbatim = options.verbatimModuleSyntax ?? true;
  // The dialect (TS, TSX, JS) follows the file name's extension.
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  // A declaration file has no run-time code: nothing it imports is loaded.
  const declarations = source.isDeclarationFile;
  const found: ImportRecord[] = [];
  const add = (specifier: ts.Expression | ts.TypeNode, typeOnly: boolean, dynamic: boolean) => {
    const literal = ts.isLiteralTypeNode(specifier) ? specifier.literal : specifier;
    if (!ts.isStringLiteralLike(literal)) return; // a computed specifier names no module we can follow
    const { line } = source.getLineAndCharacterOfPosition(literal.getStart(source));
    found.push({ specifier: literal.text, typeOnly: declarations || typeOnly, dynamic, line: line + 1 });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, importErased(node.importClause, verbatim), false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, exportErased(node, verbatim), false);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      if (node.arguments[0]) add(node.arguments[0], false, true);
    } else if (ts.isImportTypeNode(node)) {
      add(node.argument, true, false);
    }
    ts.forEachChild(node, visit);
  };
  // Declarations sit at the top level; only `import(` (a call or a type) can
  // be nested anywhere, so the full walk is skipped where the text has none:
  // the large generated tables have none.
  if (/\bimport\s*\(/.test(text)) visit(source);
  else for (const statement of source.statements) visit(statement);
  return found;
}

/** The imports of the module in `file` (see {@link importsInSource}). */
export function readImports(file: string, options: ReadOptions = {}): ImportRecord[] {
  return importsInSource(readFileSync(file, 'utf8'), file, options);
}

/** Whether an import declaration is erased: `import type`, or (without verbatimModuleSyntax) only `type` bindings. */
function importErased(clause: ts.ImportClause | undefined, verbatim: boolean): boolean {
  // `import './x.js'` has no clause: it is there for its side effects.
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  if (verbatim || clause.name) return false;
  const bindings = clause.namedBindings;
  return (
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** Whether a re-export is erased: `export type`, or (without verbatimModuleSyntax) only `type` names. */
function exportErased(node: ts.ExportDeclaration, verbatim: boolean): boolean {
  if (node.isTypeOnly) return true;
  if (verbatim) return false;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}
