/**
 * The workspace's one reader of imports: what a module imports (type-only or
 * run-time), the files those imports load, the graph they form and its
 * cycles. Consumed as TypeScript source by the tests that judge imports.
 */
export { findCycles } from './cycles.js';
export {
  allEdges,
  buildGraph,
  type GraphOptions,
  type ImportEdge,
  type ImportGraph,
  runtimeEdges,
  unresolvedImports,
} from './graph.js';
export { type ImportRecord, importsInSource, type ReadOptions, readImports } from './read-imports.js';
export { isRelative, type ResolveOptions, resolveImport } from './resolve.js';
export { SOURCE_EXTENSIONS, trackedSourceFiles } from './tracked-files.js';
export { tsconfigPackages } from './tsconfig-paths.js';
