/**
 * Bundling the spec sources the way `pnpm generate` does, into a temporary
 * file instead of `spec/dist/openapi.json`: checks that must not change the
 * working tree (the freshness check, the spec diff of uncommitted edits)
 * read what the sources say right now without writing over the committed
 * bundle.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './workspace.js';

const run = promisify(execFile);

/** The spec sources' folder in this checkout. */
export const SPEC_DIR = join(repoRoot, 'spec');

/**
 * Bundles `openapi.yaml` of `specDir` with the spec package's redocly and
 * config (the same command line as its `bundle` script) and returns the path
 * of the bundled JSON in a new temporary folder. Rejects with redocly's
 * output when the sources do not bundle.
 */
export async function bundleSpec(specDir: string = SPEC_DIR): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'monite-bundle-')), 'openapi.json');
  // The spec package's own redocly: a copied spec folder has no node_modules.
  const redocly = join(SPEC_DIR, 'node_modules/.bin/redocly');
  await run(redocly, ['bundle', 'openapi.yaml', '--config', 'redocly.yaml', '--ext', 'json', '-o', out], {
    cwd: specDir,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return out;
}
