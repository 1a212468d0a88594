// The mocks README's test helpers, used as a reader would: its
// `vitest.config.ts` and `monite.test.ts` blocks are written to a folder of
// their own and run by vitest in a child process, so the shipped global
// setup really starts `monite-mock` and the admin client really drives it.
// (The blocks are type-checked with the others in readmes.test.ts.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { extractSnippets } from './snippets.js';

const root = resolve(import.meta.dirname, '../../..');
const suite = resolve(import.meta.dirname, '../.tmp-vitest-suite');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');

afterAll(() => rmSync(suite, { recursive: true, force: true }));

it("the mocks README's vitest suite passes with the shipped global setup and admin client, and no glue", () => {
  const blocks = extractSnippets(
    readFileSync(join(root, 'packages/mocks/README.md'), 'utf8'),
    'packages/mocks/README.md',
  );
  const block = (name: string) => {
    const found = blocks.find((b) => b.code.startsWith(`// ${name}\n`));
    if (!found) throw new Error(`packages/mocks/README.md has no block starting // ${name}`);
    return found.code;
  };
  rmSync(suite, { recursive: true, force: true });
  mkdirSync(suite, { recursive: true });
  writeFileSync(join(suite, 'vitest.config.ts'), block('vitest.config.ts'));
  writeFileSync(join(suite, 'monite.test.ts'), block('monite.test.ts'));
  // The child is a vitest of its own: none of this run's worker settings may leak into it.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
  const run = spawnSync(process.execPath, [vitest, 'run', '--root', suite], { cwd: suite, env, encoding: 'utf8' });
  expect(`${run.stdout}${run.stderr}`).toMatch(/1 passed/);
  expect(run.status).toBe(0);
});
