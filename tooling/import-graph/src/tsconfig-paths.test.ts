import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempTree } from './temp-tree.js';
import { tsconfigPackages } from './tsconfig-paths.js';

describe('tsconfigPackages', () => {
  test('maps each exact `paths` entry to its first target, from the tsconfig folder; wildcards are left out', () => {
    const root = tempTree({
      'packages/client/tsconfig.json': `{
        // comments and trailing commas, as tsconfig files have them
        "compilerOptions": {
          "paths": { "@monite-ts/client": ["./src/index.ts", "./other.ts"], "@lib/*": ["./lib/*"], },
        },
      }`,
    });
    expect(tsconfigPackages(join(root, 'packages/client/tsconfig.json'))).toEqual({
      '@monite-ts/client': join(root, 'packages/client/src/index.ts'),
    });
  });

  test('targets are relative to baseUrl when it is set', () => {
    const root = tempTree({
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: './src', paths: { self: ['main.ts'] } } }),
    });
    expect(tsconfigPackages(join(root, 'tsconfig.json'))).toEqual({ self: join(root, 'src/main.ts') });
  });

  test('a tsconfig without paths, or none at all, maps nothing', () => {
    const root = tempTree({ 'tsconfig.json': '{ "compilerOptions": { "strict": true } }' });
    expect(tsconfigPackages(join(root, 'tsconfig.json'))).toEqual({});
    expect(tsconfigPackages(join(root, 'missing/tsconfig.json'))).toEqual({});
  });
});
