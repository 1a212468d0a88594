import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bundledSpecPath, generatedHeader, repoRoot, toIdentifier, writeIfChanged } from './lib.mjs';

describe('toIdentifier', () => {
  it.each([
    ['Counterpart', 'Counterpart'],
    ['Payload-Output', 'PayloadOutput'],
    ['some.name_x', 'someName_x'],
    ['1099Form', '_1099Form'],
  ])('%s -> %s', (name, id) => {
    expect(toIdentifier(name)).toBe(id);
  });
});

describe('bundledSpecPath', () => {
  it('is the committed bundle unless MONITE_SPEC_PATH says otherwise', () => {
    expect(bundledSpecPath({})).toBe(resolve(repoRoot, 'spec/dist/openapi.json'));
    expect(bundledSpecPath({ MONITE_SPEC_PATH: '/tmp/x.json' })).toBe('/tmp/x.json');
  });
});

describe('generatedHeader', () => {
  it('names the generator and how to regenerate', () => {
    expect(generatedHeader('tooling/codegen/src/x.mjs')).toContain('Generator: tooling/codegen/src/x.mjs.');
  });
});

describe('writeIfChanged', () => {
  it('writes new or changed content, leaves equal content, and only reports in check mode', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'codegen-')), 'out', 'a.ts');
    expect(writeIfChanged(path, 'one')).toBe('written');
    expect(writeIfChanged(path, 'one')).toBe('unchanged');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(writeIfChanged(path, 'two', { check: true })).toBe('stale');
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^stale: .*a\.ts/));
    error.mockRestore();
    expect(readFileSync(path, 'utf8')).toBe('one');
    writeFileSync(path, 'three');
    expect(writeIfChanged(path, 'one')).toBe('written');
  });
});
