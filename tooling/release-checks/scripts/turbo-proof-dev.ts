/**
 * The cache proof's last scenario: `pnpm dev` as a consuming package uses
 * it. A spec edit must reach the built `dist/` of @monite-ts/types without a
 * manual build, and stopping pnpm (SIGTERM, as a supervisor would) must
 * leave no watcher behind.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the scenario runs in and reports to. */
export interface DevScenarioParts {
  /** The scratch worktree the proof runs in. */
  worktree: string;
  env: NodeJS.ProcessEnv;
  /** A spec source file whose summary the scenario edits (and restores). */
  specFile: string;
  /** Records one check of the proof. */
  check(condition: boolean, message: string): void;
}

/** Whether a process exists (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `pnpm dev`, edits the spec once it watches, waits for the rebuild and
 * stops pnpm. Progress is read from dev's own log lines, so nothing here
 * depends on how fast the machine is; a dev that never logs again hangs the
 * proof, which the CI step's own limit ends.
 */
export async function devScenario({ worktree, env, specFile, check }: DevScenarioParts): Promise<void> {
  const specPath = join(worktree, specFile);
  const original = readFileSync(specPath, 'utf8');
  const dev = spawn('pnpm', ['dev', '--no-initial'], { cwd: worktree, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let log = '';
  const waiters: Array<[RegExp, () => void]> = [];
  dev.stdout.on('data', (chunk: Buffer) => {
    log += chunk.toString();
    process.stdout.write(chunk.toString().replace(/^/gm, '  dev| '));
    for (const [pattern, done] of waiters.splice(0)) {
      if (pattern.test(log)) done();
      else waiters.push([pattern, done]);
    }
  });
  const logged = (pattern: RegExp) =>
    new Promise<void>((done, fail) => {
      if (pattern.test(log)) return done();
      waiters.push([pattern, done]);
      dev.once('exit', () => fail(new Error(`pnpm dev exited before logging ${pattern}`)));
    });
  try {
    await logged(/watching spec\//);
    const devPid = Number(/dev pid (\d+)/.exec(log)?.[1]);
    writeFileSync(specPath, original.replace(/summary: (.*)/, 'summary: $1 (edited under dev)'));
    await logged(/generated and built in/);
    const dist = readdirSync(join(worktree, 'packages/types/dist')).filter((f) => f.endsWith('.d.ts'));
    check(
      dist.some((f) => readFileSync(join(worktree, 'packages/types/dist', f), 'utf8').includes('(edited under dev)')),
      'pnpm dev: a spec edit reaches @monite-ts/types dist/ without a manual build',
    );
    const exited = new Promise<void>((done) => dev.once('exit', () => done()));
    dev.kill('SIGTERM');
    await exited;
    // The watcher notices its parent is gone within a second; poll a while for it.
    for (let i = 0; i < 100 && alive(devPid); i++) await new Promise((r) => setTimeout(r, 100));
    check(devPid > 0 && !alive(devPid), 'pnpm dev: stopping pnpm stops the watcher (no orphan)');
  } finally {
    if (dev.exitCode === null) dev.kill('SIGKILL');
    writeFileSync(specPath, original);
  }
}
