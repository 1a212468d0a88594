import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { trackedSourceFiles } from './tracked-files.js';
import { tempTree } from './temp-tree.js';

describe('trackedSourceFiles', () => {
  test('lists the source files git tracks, sorted; not untracked, ignored, other or deleted files', () => {
    const root = tempTree({
      '.gitignore': 'dist/\n',
      'src/b.ts': '',
      'src/a.mjs': '',
      'src/view.tsx': '',
      'src/types.d.ts': '',
      'README.md': '',
      'src/deleted.ts': '',
      'src/untracked.ts': '',
      'dist/index.js': '',
    });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
    git('init', '-q');
    git('add', '.gitignore', 'src/b.ts', 'src/a.mjs', 'src/view.tsx', 'src/types.d.ts', 'README.md', 'src/deleted.ts');
    rmSync(join(root, 'src/deleted.ts'));
    expect(trackedSourceFiles(root)).toEqual(['src/a.mjs', 'src/b.ts', 'src/types.d.ts', 'src/view.tsx']);
    expect(trackedSourceFiles(root, ['.mjs'])).toEqual(['src/a.mjs']);
  });
});
