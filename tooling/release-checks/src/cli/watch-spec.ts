/**
 * `pnpm dev`: watches the spec sources and, once edits settle, regenerates
 * and rebuilds the published packages (`turbo run build` for types, client,
 * mocks and react-query: build depends on generate, and a package whose inputs did not
 * change is a cache hit). Consumers import the packages' `dist/`, so they see
 * a spec change without a manual build. Generated files and the bundle are
 * outputs, not inputs, so they are not watched.
 *
 * Stopping it (Ctrl-C, SIGTERM, SIGHUP) stops a run in progress too: turbo
 * runs in a process group of its own, which is signalled as a whole.
 *
 * Usage: pnpm dev [--delay <ms>] [--no-initial]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { watch } from 'chokidar';
import { createDebouncedRunner } from '../debounced-runner.js';
import { repoRoot } from '../workspace.js';

const { values } = parseArgs({
  options: {
    delay: { type: 'string', default: '300' },
    'no-initial': { type: 'boolean', default: false },
  },
});

const stamp = () => new Date().toLocaleTimeString();

/** The packages consumers import; building them regenerates what they are built from. */
const PUBLISHED = ['@monite-ts/types', '@monite-ts/client', '@monite-ts/mocks', '@monite-ts/react-query'];
let current: ChildProcess | undefined;

/** Signals a run's whole process group (turbo and the tasks it started). */
function stopRun(signal: NodeJS.Signals): void {
  if (current?.pid === undefined || current.exitCode !== null || current.signalCode !== null) return;
  try {
    process.kill(-current.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function regenerate(changed: string[]): Promise<void> {
  const shown = changed.slice(0, 3).join(', ') + (changed.length > 3 ? ` and ${changed.length - 3} more` : '');
  console.log(
    `[${stamp()}] ${changed.length ? `changed: ${shown}; ` : ''}regenerating and building ${PUBLISHED.join(', ')}`,
  );
  const started = Date.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(
      join(repoRoot, 'node_modules/.bin/turbo'),
      ['run', 'build', ...PUBLISHED.map((name) => `--filter=${name}`), '--output-logs=new-only'],
      // detached: a process group of its own, so stopping dev can stop all of it.
      { cwd: repoRoot, stdio: 'inherit', detached: true, env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } },
    );
    current = child;
    child.on('error', reject);
    child.on('exit', (code) => {
      current = undefined;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`[${stamp()}] generated and built in ${seconds}s; watching spec/`);
        resolveRun();
      } else {
        // Keep watching: the next save usually fixes what broke.
        console.error(`[${stamp()}] regenerating failed (exit ${code}) after ${seconds}s; watching spec/`);
        reject(new Error(`exit ${code}`));
      }
    });
  });
}

const runner = createDebouncedRunner(regenerate, Number(values.delay));
const watcher = watch(`${repoRoot}/spec`, {
  ignoreInitial: true,
  ignored: (path) => /[\\/](dist|docs-build|node_modules|\.turbo)([\\/]|$)/.test(path),
});
watcher.on('all', (event, path) => {
  if (event === 'addDir' || event === 'unlinkDir') return;
  runner.trigger(relative(repoRoot, path));
});
watcher.on('ready', () => {
  console.log(`[${stamp()}] watching spec/ (debounce ${values.delay} ms); Ctrl-C to stop`);
  if (!values['no-initial']) runner.trigger('(start)');
});

const stop = (signal: NodeJS.Signals) => {
  stopRun(signal);
  void watcher.close().then(() => process.exit(0));
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
// pnpm does not pass SIGTERM on to the script it runs: when whatever started
// dev goes away, this process is handed to another parent, and stops.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, 500).unref();
// The pid, so a supervisor (or the cache proof) can check that stopping dev stopped the watcher.
console.log(`[${stamp()}] dev pid ${process.pid}`);
