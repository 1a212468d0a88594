// The committed generated code must be exactly what the spec generates: a
// spec edit without `pnpm generate` would ship types that lie. `pnpm test`
// runs monite-check-generated before turbo regenerates anything (CI gets
// there through `.ci/run`); these tests hold the check to that promise.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const checkBin = join(root, 'tooling/release-checks/bin/monite-check-generated.mjs');
const codegenDir = join(root, 'tooling/codegen/src');

/** Runs a node script; resolves with its exit code and output, whatever the code. */
async function node(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/** A copy of the spec sources and committed bundle, to edit without touching the checkout. */
function specCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'monite-spec-copy-')), 'spec');
  cpSync(join(root, 'spec'), dir, { recursive: true, filter: (path) => !path.includes('node_modules') });
  return dir;
}

describe('the freshness check', () => {
  it('passes on the checkout', async () => {
    const result = await node([checkBin]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('generated files are fresh');
    expect(result.code).toBe(0);
  });

  it('fails on a spec edit without regeneration, naming the stale files and `pnpm generate`', async () => {
    const spec = specCopy();
    // A description edit: documentation only, so the drift test would not notice it.
    const file = readdirSync(join(spec, 'paths/accounting')).find((f) => f.endsWith('.yaml'))!;
    const path = join(spec, 'paths/accounting', file);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace(/summary: (.*)/, 'summary: $1 (edited)'));
    expect(readFileSync(path, 'utf8')).not.toBe(text);

    const result = await node([checkBin, '--spec-dir', spec]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('spec/dist/openapi.json');
    expect(result.stderr).toContain('packages/types/src/generated/schema.ts');
    expect(result.stderr).toContain('run `pnpm generate`');
  });

  it('a generator in check mode reports its stale output when the bundle changes', async () => {
    const spec = JSON.parse(readFileSync(join(root, 'spec/dist/openapi.json'), 'utf8'));
    delete spec.paths['/einvoicing_connections'];
    spec.components.schemas.CounterpartContactResponse.properties.nickname = { type: 'string' };
    const altered = join(mkdtempSync(join(tmpdir(), 'monite-altered-')), 'openapi.json');
    writeFileSync(altered, JSON.stringify(spec));

    const result = await node([join(codegenDir, 'generate-types.mjs'), '--check'], { MONITE_SPEC_PATH: altered });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/stale: .*packages\/types\/src\/generated\/schema\.ts/);
  });
});
