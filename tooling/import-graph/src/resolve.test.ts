import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isRelative, resolveImport } from './resolve.js';
import { tempTree } from './temp-tree.js';

describe('resolveImport', () => {
  test('`./x.js` is the source it is compiled from: x.ts, else x.tsx, else a plain x.js', () => {
    const root = tempTree({
      'src/ts.ts': '',
      'src/ts.js': '', // a stale compiled copy loses to the source
      'src/view.tsx': '',
      'src/plain.js': '',
      'src/module.mts': '',
      'src/script.mjs': '',
    });
    const from = join(root, 'src/a.ts');
    expect(resolveImport('./ts.js', from)).toBe(join(root, 'src/ts.ts'));
    expect(resolveImport('./view.js', from)).toBe(join(root, 'src/view.tsx'));
    expect(resolveImport('./plain.js', from)).toBe(join(root, 'src/plain.js'));
    expect(resolveImport('./module.mjs', from)).toBe(join(root, 'src/module.mts'));
    expect(resolveImport('./script.mjs', from)).toBe(join(root, 'src/script.mjs'));
  });

  test('a folder means its index; an extensionless file is completed; other extensions are exact', () => {
    const root = tempTree({
      'src/rooms/index.ts': '',
      'src/helpers.ts': '',
      'src/data.json': '{}',
      'src/deep/b.ts': '',
      'src/direct.ts': '',
    });
    const from = join(root, 'src/deep/b.ts');
    expect(resolveImport('../rooms', from)).toBe(join(root, 'src/rooms/index.ts'));
    expect(resolveImport('../rooms/index.js', from)).toBe(join(root, 'src/rooms/index.ts'));
    expect(resolveImport('../helpers', from)).toBe(join(root, 'src/helpers.ts'));
    expect(resolveImport('../data.json', from)).toBe(join(root, 'src/data.json'));
    expect(resolveImport('../direct.ts', from)).toBe(join(root, 'src/direct.ts'));
    expect(resolveImport('.', join(root, 'src/rooms/a.ts'))).toBe(join(root, 'src/rooms/index.ts'));
  });

  test('a relative specifier that names no file resolves to nothing', () => {
    const root = tempTree({ 'src/a.ts': '', 'src/folder/readme.md': '' });
    expect(resolveImport('./missing.js', join(root, 'src/a.ts'))).toBeUndefined();
    expect(resolveImport('./folder', join(root, 'src/a.ts'))).toBeUndefined();
  });

  test('bare specifiers are other packages, unless the caller maps a name to a file', () => {
    const from = '/repo/packages/client/src/resources/index.ts';
    const packages = { '@monite-ts/client': '/repo/packages/client/src/index.ts' };
    expect(resolveImport('@monite-ts/client', from)).toBeUndefined();
    expect(resolveImport('node:fs', from, { packages })).toBeUndefined();
    expect(resolveImport('@monite-ts/client/resources', from, { packages })).toBeUndefined();
    expect(resolveImport('@monite-ts/client', from, { packages })).toBe('/repo/packages/client/src/index.ts');
  });

  test('the file check can be given, so a resolution is testable without disk', () => {
    const files = new Set(['/r/src/x/index.tsx']);
    expect(resolveImport('./x', '/r/src/a.ts', {}, (path) => files.has(path))).toBe('/r/src/x/index.tsx');
  });
});

describe('isRelative', () => {
  test('only ./ and ../ (and . or ..) are relative', () => {
    expect(['./a.js', '../a', '.', '..'].map(isRelative)).toEqual([true, true, true, true]);
    expect(['.a', '..a', 'a', '@scope/a', 'node:fs', '/abs/a.js'].map(isRelative)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
