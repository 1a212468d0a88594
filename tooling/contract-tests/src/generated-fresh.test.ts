// The committed generated code must be exactly what the spec generates today:
// a spec edit without `pnpm generate` would ship types that lie.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const codegenDir = join(root, 'tooling/codegen/src');
const generators = readdirSync(codegenDir).filter((f) => /^generate-.*\.mjs$/.test(f));

/** Runs a generator in `--check` mode; resolves with its exit code and stderr. */
async function check(generator: string, env: NodeJS.ProcessEnv = {}) {
  try {
    await run(process.execPath, [join(codegenDir, generator), '--check'], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

describe('generated code is fresh', () => {
  it('the committed bundle is what redocly bundles from spec/', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'monite-bundle-')), 'openapi.json');
    const redocly = join(root, 'spec/node_modules/.bin/redocly');
    await run(redocly, ['bundle', 'openapi.yaml', '--config', 'redocly.yaml', '--ext', 'json', '-o', out], {
      cwd: join(root, 'spec'),
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    });
    const fresh = readFileSync(out, 'utf8');
    const committed = readFileSync(join(root, 'spec/dist/openapi.json'), 'utf8');
    expect(fresh === committed, 'spec/dist/openapi.json is stale: run `pnpm generate`').toBe(true);
  });

  it('finds the generators', () => {
    expect(generators).toContain('generate-types.mjs');
  });

  it.each(generators)('%s output matches the committed files', async (generator) => {
    const result = await check(generator);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('the check fails when the spec changes and the output was not regenerated', async () => {
    const spec = JSON.parse(readFileSync(join(root, 'spec/dist/openapi.json'), 'utf8'));
    delete spec.paths['/einvoicing_connections'];
    spec.components.schemas.CounterpartContactResponse.properties.nickname = { type: 'string' };
    const altered = join(mkdtempSync(join(tmpdir(), 'monite-altered-')), 'openapi.json');
    writeFileSync(altered, JSON.stringify(spec));

    const result = await check('generate-types.mjs', { MONITE_SPEC_PATH: altered });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/stale: .*packages\/types\/src\/generated\/schema\.ts/);
  });
});
