/**
 * `pnpm dev`: watches the spec sources and runs `pnpm generate` (turbo, so
 * only what the change affects reruns) once edits settle. Generated files
 * and the bundle are outputs, not inputs, so they are not watched.
 *
 * Usage: pnpm --filter @monite-ts/release-checks dev [--delay <ms>] [--no-initial]
 */
import { spawn } from 'node:child_process';
import { relative } from 'node:path';
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

function generate(changed: string[]): Promise<void> {
  const shown = changed.slice(0, 3).join(', ') + (changed.length > 3 ? ` and ${changed.length - 3} more` : '');
  console.log(`[${stamp()}] ${changed.length ? `changed: ${shown}; ` : ''}running pnpm generate`);
  const started = Date.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn('pnpm', ['generate', '--output-logs=new-only'], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) {
        console.log(`[${stamp()}] generated in ${seconds}s; watching spec/`);
        resolveRun();
      } else {
        // Keep watching: the next save usually fixes what broke.
        console.error(`[${stamp()}] pnpm generate failed (exit ${code}) after ${seconds}s; watching spec/`);
        reject(new Error(`exit ${code}`));
      }
    });
  });
}

const runner = createDebouncedRunner(generate, Number(values.delay));
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

const stop = () => {
  void watcher.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
