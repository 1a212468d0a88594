/**
 * Consumer proof of @monite-ts/react-query: the packed client and hooks
 * installed with npm into a fresh project outside the workspace, once with
 * React 18 and once with React 19 (and their @types), TanStack Query 5. An
 * app's components are type-checked under strict tsc with the shipped
 * declarations checked too (skipLibCheck off), and a small program loads the
 * package as ESM and as CommonJS and fetches a query through it.
 * Requires `pnpm build` first (turbo's ^build does it via this package's devDependencies).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmInstall, run } from '../src/scratch.js';
import { repoRoot } from '../src/workspace.js';

const here = new URL('.', import.meta.url).pathname;
const PACKED = { '@monite-ts/client': 'packages/client', '@monite-ts/react-query': 'packages/react-query' };
const REACT_VERSIONS = { 'React 18': '^18.3.0', 'React 19': '^19.0.0' } as const;

let root: string;
let tarballs: string[];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'monite-react-consumer-'));
  const dir = join(root, 'tarballs');
  mkdirSync(dir);
  for (const pkg of Object.values(PACKED))
    run('pnpm', ['pack', '--pack-destination', dir], { cwd: join(repoRoot, pkg) });
  tarballs = readdirSync(dir).map((file) => join(dir, file));
  expect(tarballs).toHaveLength(2);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe.each(Object.entries(REACT_VERSIONS))('a fresh app with %s', (_label, range) => {
  let project: string;

  beforeAll(() => {
    project = mkdtempSync(join(root, 'app-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '0.0.0' }));
    copyFileSync(join(here, 'react-consumer/app.tsx'), join(project, 'app.tsx'));
    for (const file of ['runtime.mts', 'runtime.cts'])
      copyFileSync(join(here, 'react-consumer/runtime.ts'), join(project, file));
    const strict = {
      strict: true,
      skipLibCheck: false,
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      types: ['node'],
    };
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...strict, module: 'Preserve', moduleResolution: 'Bundler', noEmit: true },
        files: ['app.tsx'],
      }),
    );
    writeFileSync(
      join(project, 'tsconfig.node.json'),
      JSON.stringify({
        compilerOptions: { ...strict, module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out' },
        files: ['runtime.mts', 'runtime.cts'],
      }),
    );
    // npm, not pnpm: the layout most users get. Both tarballs in one install,
    // so the hooks' peer resolves to the packed client.
    npmInstall(project, [
      ...tarballs,
      `react@${range}`,
      `react-dom@${range}`,
      `@types/react@${range}`,
      '@tanstack/react-query@^5.90.0',
      'typescript@5.9.3',
      '@types/node@^20.19.0',
    ]);
  });

  it('type-checks the components under strict tsc, declarations included', () => {
    run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: project });
  });

  it('loads as ESM and as CommonJS and answers a query with data and typed errors', () => {
    run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.node.json'], { cwd: project });
    for (const file of ['out/runtime.mjs', 'out/runtime.cjs']) {
      const output = JSON.parse(run(process.execPath, [file], { cwd: project }));
      expect(output, file).toEqual({
        ids: ['p1'],
        notFound: true,
        stale: [
          ['get', '/payables'],
          ['get', '/payables/{payable_id}', { params: { path: { payable_id: 'p1' } } }],
        ],
      });
    }
  });
});
