/**
 * Turbo caching proof, on a scratch git worktree of HEAD so the checkout and
 * its cache are left alone.
 *
 * Real runs of `turbo run generate build` (the expensive, cached half of the
 * graph) show the cache is used and stable:
 *   1. a cold run executes every task;
 *   2. two more runs with nothing changed are full cache hits (bundle and
 *      generate are uncached on purpose: they write committed files, and a
 *      cached task would hash its own committed outputs);
 *   3. the regenerate loop: a spec edit without `pnpm generate` fails the
 *      freshness check `pnpm test` starts with; after `pnpm generate` the check
 *      passes, the next run executes each affected task once and the run after
 *      it is a full hit again; reverting the edit restores from the cache.
 *
 * Dry runs (`--dry=json`) of the whole `generate build lint typecheck test`
 * graph compare task hashes, which is what decides hits and misses, without
 * spending minutes on the tests:
 *   4. no task hashes generated files: the hashes after `pnpm generate` equal
 *      the hashes before it, so generating never invalidates a task twice;
 *   5. editing the drift allowlist, the root README, one spec file or one
 *      client source changes exactly the tasks that read it (and those
 *      downstream of them).
 *
 * Last, `pnpm dev` as a consuming package uses it: a spec edit reaches the
 * built `dist/` of @monite-ts/types without a manual build, and stopping
 * pnpm (SIGTERM, as a supervisor would) leaves no watcher behind.
 *
 * Usage: pnpm --filter @monite-ts/release-checks turbo-cache [--keep]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cached, changedHashes, type DryTask, expectedReruns, ids } from '../src/turbo/dry-tasks.js';
import { devScenario } from './turbo-proof-dev.js';
import { removeWorktree } from '../src/scratch.js';
import { repoRoot } from '../src/workspace.js';

const keep = process.argv.includes('--keep');
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  REDOCLY_TELEMETRY: 'off',
  TURBO_UI: 'false',
};
const worktree = mkdtempSync(join(tmpdir(), 'monite-turbo-proof-'));
const failures: string[] = [];
const timings: Array<[string, number]> = [];

function sh(command: string, args: string[], cwd = worktree): string {
  const started = Date.now();
  console.log(`$ ${command} ${args.join(' ')}`);
  const out = execFileSync(command, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const seconds = (Date.now() - started) / 1000;
  console.log(`  (${seconds.toFixed(1)}s)`);
  if (!args.includes('--dry=json'))
    timings.push([`${command.split('/').pop()} ${args.slice(0, 3).join(' ')}`, seconds]);
  return out;
}

// Turbo shares its cache between git worktrees, so after a build in the
// checkout (as in CI) the scratch worktree would start warm; a cache of its
// own makes the first run really cold.
const cacheDir = join(worktree, '.turbo-proof-cache');
const turboBin = () => join(worktree, 'node_modules/.bin/turbo');

/** A real run of the cached build graph. */
function build(): string {
  return sh(turboBin(), ['run', 'generate', 'build', `--cache-dir=${cacheDir}`, '--output-logs=errors-only']);
}

/**
 * Every task of a dry run of `tasks`, including `<NONEXISTENT>` ones: turbo
 * lists those without ever running or caching them, but they still link
 * dependents.
 */
function dryRun(tasks = ['generate', 'build', 'lint', 'typecheck', 'test']): DryTask[] {
  const out = sh(turboBin(), ['run', ...tasks, `--cache-dir=${cacheDir}`, '--dry=json']);
  return (JSON.parse(out) as { tasks: DryTask[] }).tasks;
}

function check(condition: boolean, message: string): void {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) failures.push(message);
}

/** A full cache hit of the build graph: every cached task of a dry run is a HIT. */
function checkFullHit(label: string): void {
  const tasks = cached(dryRun(['generate', 'build']));
  const missed = tasks.filter((t) => t.cache.status !== 'HIT');
  check(
    tasks.length > 0 && missed.length === 0,
    `${label}: all ${tasks.length} cached tasks hit (missed: ${ids(missed)})`,
  );
}

/** Appends a line that changes the file's content (turbo hashes contents) but no behaviour. */
function touch(file: string): () => void {
  const path = join(worktree, file);
  const original = readFileSync(path, 'utf8');
  const comment = file.endsWith('.ts')
    ? '// turbo cache proof'
    : file.endsWith('.md')
      ? '<!-- turbo cache proof -->'
      : '# turbo cache proof';
  writeFileSync(path, `${original}\n${comment}\n`);
  return () => writeFileSync(path, original);
}

/**
 * Edits `file` and checks the tasks whose hashes change: exactly the ones
 * that read it and their dependents, and, when given, exactly `exactly`.
 */
function scenario(
  label: string,
  file: string,
  options: { exactly?: string[]; mustRerun?: string[]; mustKeep?: string[] },
) {
  const before = dryRun();
  const restore = touch(file);
  try {
    const after = dryRun();
    const rerun = changedHashes(before, after);
    const expected = expectedReruns(after, file);
    console.log(`\n${label}: changed ${file}\n  reruns: ${[...rerun].sort().join(', ') || 'nothing'}`);
    check(
      [...rerun].sort().join() === [...expected].sort().join(),
      `${label}: reruns exactly the tasks that read the file and their dependents`,
    );
    if (options.exactly) {
      check(
        [...rerun].sort().join() === [...options.exactly].sort().join(),
        `${label}: reruns exactly ${options.exactly.join(', ')}`,
      );
    }
    for (const id of options.mustRerun ?? []) check(rerun.has(id), `${label}: ${id} reruns`);
    for (const id of options.mustKeep ?? []) check(!rerun.has(id), `${label}: ${id} stays cached`);
  } finally {
    restore();
  }
}

function firstFile(dir: string, suffix: string): string {
  for (const entry of readdirSync(join(worktree, dir), { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(suffix) && !entry.name.includes('.test.')) return `${dir}/${entry.name}`;
  }
  throw new Error(`no *${suffix} file in ${dir}`);
}

/** The freshness check exactly as `pnpm test` starts it. */
function freshness(): { code: number; output: string } {
  const result = spawnSync('pnpm', ['run', '--silent', 'check:generated'], { cwd: worktree, env, encoding: 'utf8' });
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

try {
  sh('git', ['worktree', 'add', '--detach', worktree, 'HEAD'], repoRoot);
  // Same store as the checkout: linking, not downloading.
  sh('pnpm', ['install', '--frozen-lockfile', '--offline', '--reporter=silent']);

  // 1 and 2: cold, then two warm runs.
  const cold = build();
  check(!cold.includes('FULL TURBO') && /Cached:\s+0 cached/.test(cold), 'cold run executes every task');
  build();
  checkFullHit('second run with nothing changed');
  build();
  checkFullHit('third run with nothing changed');

  // 3 and 4: the regenerate loop.
  const baseline = dryRun();
  const pathFiles = readdirSync(join(worktree, 'spec/paths'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const specFile = `spec/paths/${pathFiles[0]}`;
  const specPath = join(worktree, specFile);
  const specOriginal = readFileSync(specPath, 'utf8');
  // A summary edit: documentation only, but it reaches the generated types' comments.
  const edited = specOriginal.replace(/summary: (.*)/, 'summary: $1 (edited)');
  check(edited !== specOriginal, `the regenerate loop edits the summary in ${specFile}`);
  writeFileSync(specPath, edited);

  const stale = freshness();
  check(stale.code === 1, 'a spec edit without regeneration fails the freshness check of pnpm test');
  check(stale.output.includes('run `pnpm generate`'), 'the failure names `pnpm generate`');
  console.log(stale.output.trim().replace(/^/gm, '  | '));

  const beforeGenerate = dryRun();
  sh('pnpm', ['run', 'generate', `--cache-dir=${cacheDir}`, '--output-logs=errors-only']);
  const afterGenerate = dryRun();
  const moved = changedHashes(beforeGenerate, afterGenerate);
  check(
    moved.size === 0,
    `no task hashes generated files: pnpm generate changes no task hash (changed: ${[...moved].join(', ') || 'none'})`,
  );
  check(freshness().code === 0, 'after pnpm generate the freshness check passes (uncommitted output counts)');

  const due = changedHashes(baseline, afterGenerate);
  console.log(`  due once after the edit: ${[...due].sort().join(', ')}`);
  check(
    [
      '@monite-ts/types#build',
      '@monite-ts/client#build',
      '@monite-ts/types#test',
      '@monite-ts/contract-tests#test',
    ].every((id) => due.has(id)) && !due.has('@monite-ts/openapi-model#test'),
    'the spec edit makes its dependents due, and only them',
  );
  build();
  checkFullHit('the run after the one that rebuilt');

  // Reverting the edit: the spec's old hashes are cached, so the whole build
  // graph is due for restoring, not for running (checked before the run).
  writeFileSync(specPath, specOriginal);
  checkFullHit('reverting the spec edit');
  build();
  check(freshness().code === 0, 'after the revert and a build the checkout is fresh again');

  // 5: single-file edits over the whole graph.
  scenario('allowlist edit', 'spec/drift-allowlist.yaml', { exactly: ['@monite-ts/contract-tests#test'] });
  scenario('README edit', 'README.md', { exactly: ['@monite-ts/docs-check#test'] });
  scenario('spec change', specFile, {
    mustRerun: [
      '@monite-ts/spec#bundle',
      '@monite-ts/spec#lint',
      '@monite-ts/types#generate',
      '@monite-ts/types#build',
      '@monite-ts/types#test',
      '@monite-ts/client#generate',
      '@monite-ts/client#build',
      '@monite-ts/mocks#generate',
      '@monite-ts/mocks#build',
      '@monite-ts/contract-tests#test',
    ],
    mustKeep: ['@monite-ts/client#lint', '@monite-ts/openapi-model#test'],
  });
  scenario('client change', firstFile('packages/client/src', '.ts'), {
    // The workspace's cycle check reads every package's sources.
    mustRerun: ['@monite-ts/client#build', '@monite-ts/client#test', '@monite-ts/import-graph#test'],
    mustKeep: [
      '@monite-ts/spec#bundle',
      '@monite-ts/types#generate',
      '@monite-ts/types#build',
      '@monite-ts/mocks#build',
    ],
  });
  await devScenario({ worktree, env, specFile, check });
} finally {
  if (keep) console.log(`\nworktree kept at ${worktree}`);
  else {
    removeWorktree(worktree);
  }
}

console.log('\ntimings:');
for (const [label, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${label}`);
console.log(failures.length ? `\nturbo cache proof FAILED: ${failures.length} check(s)` : '\nturbo cache proof passed');
process.exit(failures.length ? 1 : 0);
