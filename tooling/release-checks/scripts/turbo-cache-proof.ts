/**
 * Turbo caching proof, on a scratch git worktree of HEAD so the checkout and
 * its cache are left alone:
 *   1. a cold `turbo run generate build` runs every task;
 *   2. running it again with nothing changed is a full cache hit;
 *   3. changing one spec file misses exactly the spec bundle and the tasks
 *      that depend on it (types, client, mocks generate + build);
 *   4. changing one client source file misses only the client's tasks.
 * Steps 3 and 4 use `--dry=json`, which computes the same task hashes a real
 * run would without spending minutes rebuilding.
 *
 * Usage: pnpm --filter @monite-ts/release-checks turbo-cache [--keep]
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/workspace.js';

interface DryTask {
  taskId: string;
  package: string;
  directory: string;
  command: string;
  inputs: Record<string, string>;
  dependents: string[];
  cache: { status: 'HIT' | 'MISS' };
}

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
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  return out;
}

// Turbo shares its cache between git worktrees, so after a build in the
// checkout (as in CI) the scratch worktree would start warm; a cache of its
// own makes the first run really cold.
const cacheDir = join(worktree, '.turbo-proof-cache');

function turbo(args: string[]): string {
  return sh(join(worktree, 'node_modules/.bin/turbo'), [
    'run',
    'generate',
    'build',
    `--cache-dir=${cacheDir}`,
    ...args,
  ]);
}

/**
 * Every task of a dry run, including `<NONEXISTENT>` ones: turbo lists those
 * without ever running or caching them, but they still link dependents.
 */
function dryRun(): DryTask[] {
  return (JSON.parse(turbo(['--dry=json'])) as { tasks: DryTask[] }).tasks;
}

/** The tasks that have a script: the ones that run and are cached. */
function withScript(tasks: DryTask[]): DryTask[] {
  return tasks.filter((t) => t.command !== '<NONEXISTENT>');
}

function check(condition: boolean, message: string): void {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) failures.push(message);
}

/**
 * What a change to `file` must rerun: every task whose inputs contain it,
 * plus everything downstream of those (their hashes include their
 * dependencies' hashes). `all` is the whole dry run, so the walk goes
 * through tasks without a script; only tasks with one are returned.
 */
function expectedMisses(all: DryTask[], file: string): Set<string> {
  const byId = new Map(all.map((t) => [t.taskId, t]));
  const queue = all
    .filter((t) => Object.keys(t.inputs).some((input) => join(t.directory, input) === file))
    .map((t) => t.taskId);
  const seen = new Set<string>();
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(byId.get(id)?.dependents ?? []));
  }
  return new Set(
    withScript(all)
      .map((t) => t.taskId)
      .filter((id) => seen.has(id)),
  );
}

function scenario(label: string, file: string, mustMiss: string[], mustHit: string[]): void {
  const path = join(worktree, file);
  const original = readFileSync(path, 'utf8');
  // A content change (turbo hashes contents, not timestamps) that changes no behaviour.
  appendFileSync(path, file.endsWith('.ts') ? '\n// turbo cache proof\n' : '\n# turbo cache proof\n');
  try {
    const all = dryRun();
    const tasks = withScript(all);
    const expected = expectedMisses(all, file);
    const missed = new Set(tasks.filter((t) => t.cache.status === 'MISS').map((t) => t.taskId));
    console.log(`\n${label}: changed ${file}`);
    console.log(`  rerun:  ${[...missed].sort().join(', ') || 'nothing'}`);
    console.log(
      `  cached: ${
        tasks
          .filter((t) => t.cache.status === 'HIT')
          .map((t) => t.taskId)
          .sort()
          .join(', ') || 'nothing'
      }`,
    );
    check(
      [...missed].sort().join() === [...expected].sort().join(),
      `${label}: reruns exactly the tasks that depend on the file`,
    );
    for (const id of mustMiss) check(missed.has(id), `${label}: ${id} reruns`);
    for (const id of mustHit) check(!missed.has(id), `${label}: ${id} stays cached`);
  } finally {
    writeFileSync(path, original);
  }
}

function firstFile(dir: string, suffix: string): string {
  for (const entry of readdirSync(join(worktree, dir), { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(suffix) && !entry.name.includes('.test.')) return `${dir}/${entry.name}`;
  }
  throw new Error(`no *${suffix} file in ${dir}`);
}

try {
  sh('git', ['worktree', 'add', '--detach', worktree, 'HEAD'], repoRoot);
  // Same store as the checkout: linking, not downloading.
  sh('pnpm', ['install', '--frozen-lockfile', '--offline', '--reporter=silent']);

  const cold = turbo(['--output-logs=errors-only']);
  check(!cold.includes('FULL TURBO'), 'cold run executes the tasks');
  const warm = turbo(['--output-logs=errors-only']);
  check(warm.includes('FULL TURBO'), 'second run with nothing changed: FULL TURBO');
  const dry = withScript(dryRun());
  check(
    dry.length > 0 && dry.every((t) => t.cache.status === 'HIT'),
    `second run: all ${dry.length} tasks are cache hits`,
  );

  const pathFiles = readdirSync(join(worktree, 'spec/paths'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  scenario(
    'spec change',
    `spec/paths/${pathFiles[0]}`,
    [
      '@monite-ts/spec#bundle',
      '@monite-ts/types#generate',
      '@monite-ts/types#build',
      '@monite-ts/client#generate',
      '@monite-ts/client#build',
      '@monite-ts/mocks#generate',
      '@monite-ts/mocks#build',
    ],
    [],
  );
  scenario(
    'client change',
    firstFile('packages/client/src', '.ts'),
    ['@monite-ts/client#build'],
    [
      '@monite-ts/spec#bundle',
      '@monite-ts/types#generate',
      '@monite-ts/types#build',
      '@monite-ts/mocks#generate',
      '@monite-ts/mocks#build',
    ],
  );
} finally {
  if (keep) console.log(`\nworktree kept at ${worktree}`);
  else {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: repoRoot, stdio: 'ignore' });
    } catch {
      rmSync(worktree, { recursive: true, force: true });
      execFileSync('git', ['worktree', 'prune'], { cwd: repoRoot, stdio: 'ignore' });
    }
  }
}

console.log(failures.length ? `\nturbo cache proof FAILED: ${failures.length} check(s)` : '\nturbo cache proof passed');
process.exit(failures.length ? 1 : 0);
