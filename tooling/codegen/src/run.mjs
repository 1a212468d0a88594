// Running a generator from the command line: read the spec, render, write
// (or with `--check` compare). The only place that reads argv and env.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderClientPaths } from './client-paths.mjs';
import { bundledSpecPath, readSpec, repoRoot, writeIfChanged } from './lib.mjs';
import { renderMockOperations } from './mock-operations.mjs';
import { renderReactQueryTables } from './react-query-tables.mjs';
import { renderTypes } from './types-output.mjs';

/**
 * @typedef {object} Generator
 * @property {string} outDir where its files go, relative to the repo root
 * @property {(spec: any) => { files: Record<string, string>, summary: (written: number) => string[] } | Promise<{ files: Record<string, string>, summary: (written: number) => string[] }>} render
 */

/** The generators by the name the `monite-codegen` command takes. */
export const GENERATORS = /** @type {const} */ ({
  types: { outDir: 'packages/types/src/generated', render: renderTypes },
  client: { outDir: 'packages/client/src/generated', render: renderClientPaths },
  mocks: { outDir: 'packages/mocks/src/generated', render: renderMockOperations },
  'react-query': { outDir: 'packages/react-query/src/generated', render: renderReactQueryTables },
});

/**
 * Runs one generator. With `--check` in `args` nothing is written and a stale
 * output makes the result non-zero (CI's freshness check).
 * @param {keyof typeof GENERATORS} name
 * @param {readonly string[]} args the command-line arguments after the generator name
 * @param {{ MONITE_SPEC_PATH?: string | undefined }} env
 * @returns {Promise<number>} the exit code: 0, or 1 when an output is stale
 */
export async function runGenerator(name, args, env) {
  /** @type {Generator} */
  const generator = GENERATORS[name];
  const check = args.includes('--check');
  const { files, summary } = await generator.render(readSpec(bundledSpecPath(env)));
  const outcomes = Object.entries(files).map(([file, content]) =>
    writeIfChanged(resolve(repoRoot, generator.outDir, file), content, { check }),
  );
  for (const line of summary(outcomes.filter((o) => o === 'written').length)) console.log(line);
  return outcomes.includes('stale') ? 1 : 0;
}

/**
 * Whether a module is the program node was started with, so an entry file
 * runs its generator when executed and does nothing when imported.
 * @param {string} moduleUrl the module's `import.meta.url`
 * @returns {boolean}
 */
export function isEntryPoint(moduleUrl) {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(moduleUrl);
}
