/**
 * Whether the committed generated files are what the committed spec
 * generates, decided without writing anything: the spec sources are bundled
 * to a temporary file and every generator runs in `--check` mode against it.
 * `pnpm test` runs this before turbo regenerates anything, so a spec edit
 * committed without `pnpm generate` fails instead of being regenerated away.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { bundleSpec, SPEC_DIR } from './bundle-spec.js';
import { BUNDLED_SPEC, repoRoot } from './workspace.js';

const run = promisify(execFile);

/** The generators `monite-codegen` knows, one per package with `src/generated`. */
export const GENERATOR_NAMES = ['types', 'client', 'mocks', 'react-query'] as const;

const codegenBin = join(repoRoot, 'tooling/codegen/bin/monite-codegen.mjs');

/** The outcome of a freshness check. */
export interface Freshness {
  /** Files (relative to the repo root) that differ from what the spec generates. */
  stale: string[];
}

/** Runs one generator in check mode against `bundle`; returns the files it reports stale. */
async function staleOutputs(name: string, bundle: string): Promise<string[]> {
  try {
    await run(process.execPath, [codegenBin, name, '--check'], {
      cwd: repoRoot,
      env: { ...process.env, MONITE_SPEC_PATH: bundle },
      maxBuffer: 64 * 1024 * 1024,
    });
    return [];
  } catch (error) {
    const { code, stderr } = error as { code?: number; stderr?: string };
    const files = [...(stderr ?? '').matchAll(/^stale: (\S+)/gm)].map(([, path]) => relative(repoRoot, path!));
    // Anything other than "these files are stale" is a broken generator, not a stale file.
    if (code !== 1 || files.length === 0) throw new Error(`monite-codegen ${name} --check failed:\n${stderr}`);
    return files;
  }
}

/**
 * Compares the committed bundle and generated files with what the sources in
 * `specDir` produce. `specDir` defaults to the checkout's `spec/`; a copy lets
 * a test edit the sources without touching the checkout.
 */
export async function checkGenerated(specDir: string = SPEC_DIR): Promise<Freshness> {
  const bundle = await bundleSpec(specDir);
  const stale: string[] = [];
  if (readFileSync(bundle, 'utf8') !== readFileSync(join(specDir, 'dist/openapi.json'), 'utf8')) {
    stale.push(BUNDLED_SPEC);
  }
  // Against the fresh bundle, so one run names every stale file, not only the bundle.
  for (const files of await Promise.all(GENERATOR_NAMES.map((name) => staleOutputs(name, bundle)))) {
    stale.push(...files);
  }
  return { stale };
}

/** The message for stale files: what is wrong and the one command that fixes it. */
export function formatFreshness({ stale }: Freshness): string {
  if (stale.length === 0) return 'generated files are fresh: generating from the committed spec changes nothing';
  return [
    `generated files are stale: ${stale.length} file(s) differ from what the spec generates`,
    ...stale.map((file) => `  ${file}`),
    'run `pnpm generate` and commit the result with the spec change',
  ].join('\n');
}
