/**
 * The import graph of a set of files: each file with its imports, each import
 * resolved to the file it loads. The edges a question needs (every import for
 * "what may import what", run-time ones for cycles) are views of it.
 */
import { resolve } from 'node:path';
import { type ImportRecord, type ReadOptions, readImports } from './read-imports.js';
import { isRelative, type ResolveOptions, resolveImport } from './resolve.js';

/** One import of a file, with the file it loads. */
export interface ImportEdge extends ImportRecord {
  /** The absolute path of the file it loads; undefined for another package, or a relative import that found no file. */
  readonly target: string | undefined;
}

/** Files (absolute paths) and their imports, in source order. */
export type ImportGraph = ReadonlyMap<string, readonly ImportEdge[]>;

/** How the files are read and their specifiers resolved. */
export interface GraphOptions extends ReadOptions, ResolveOptions {}

/**
 * Reads and resolves the imports of `files` (absolute or relative to the
 * current directory). The graph's keys are absolute paths in sorted order, so
 * whatever walks it walks it the same way every time.
 */
export function buildGraph(files: Iterable<string>, options: GraphOptions = {}): Map<string, ImportEdge[]> {
  const paths = [...new Set([...files].map((file) => resolve(file)))].sort();
  return new Map(
    paths.map((file) => [
      file,
      readImports(file, options).map((record) => ({
        ...record,
        target: resolveImport(record.specifier, file, options),
      })),
    ]),
  );
}

/**
 * Each file's run-time imports as the files they load, sorted and without
 * repeats. Type-only imports are erased, so they cannot take part in a cycle
 * at run time. Dynamic imports stay: they load the module too, only later.
 */
export function runtimeEdges(graph: ImportGraph): Map<string, string[]> {
  return edgesWhere(graph, (edge) => !edge.typeOnly);
}

/** Each file's imports, type-only ones included, as the files they load: what a file depends on to compile. */
export function allEdges(graph: ImportGraph): Map<string, string[]> {
  return edgesWhere(graph, () => true);
}

/**
 * The relative imports that load no file. Each should be a compile error; a
 * check that walks the graph lists them so a resolver gap cannot hide edges.
 */
export function unresolvedImports(graph: ImportGraph): { file: string; specifier: string; line: number }[] {
  return [...graph].flatMap(([file, edges]) =>
    edges
      .filter((edge) => edge.target === undefined && isRelative(edge.specifier))
      .map(({ specifier, line }) => ({ file, specifier, line })),
  );
}

/** The targets of the edges `keep` accepts, per file, sorted and unique. */
function edgesWhere(graph: ImportGraph, keep: (edge: ImportEdge) => boolean): Map<string, string[]> {
  return new Map(
    [...graph].map(([file, edges]) => {
      const targets = edges.filter(keep).flatMap((edge) => (edge.target === undefined ? [] : [edge.target]));
      return [file, [...new Set(targets)].sort()];
    }),
  );
}
