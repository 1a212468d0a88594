/**
 * `monite-mock` in its own process, as a test run wants it: on a free port,
 * its URL read from the JSON ready line (no banner to parse), stopped with
 * SIGTERM. Used by the vitest global setup; usable from any runner.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Options of `startMockProcess`. */
export interface MockProcessOptions {
  /** Further `monite-mock` flags (`['--config', 'monite-mock.json']`); `--port 0 --json` are added. */
  args?: string[];
  /** Working directory (a relative `--config` or `--state` is taken from it). Default: the current one. */
  cwd?: string;
  /** Environment of the process. Default: this process's. */
  env?: NodeJS.ProcessEnv;
}

/** A running `monite-mock` process. */
export interface MockProcess {
  /** Its base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Its process id. */
  pid: number;
  /** Sends SIGTERM and resolves once it has exited. */
  stop(): Promise<void>;
}

/** The package's bin, found through the package itself, so this works from `src/` and from any built entry. */
function binPath(): string {
  const manifest = createRequire(import.meta.url).resolve('@monite-ts/mocks/package.json');
  return join(dirname(manifest), 'bin', 'monite-mock.mjs');
}

/**
 * Starts `monite-mock` on a free port and resolves once it is ready.
 * @throws Error with the mock's own refusal (exit code 2 and its line) when it does not start
 */
export function startMockProcess(options: MockProcessOptions = {}): Promise<MockProcess> {
  const child = spawn(process.execPath, [binPath(), '--port', '0', '--json', '--quiet', ...(options.args ?? [])], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const onData = (chunk: Buffer) => {
      stdout += chunk.toString();
      const end = stdout.indexOf('\n');
      if (end < 0) return;
      child.stdout.off('data', onData);
      // Later lines are not read: keep the pipe flowing so the mock never blocks on a full buffer.
      child.stdout.resume();
      const ready = JSON.parse(stdout.slice(0, end)) as { url: string };
      resolve({
        url: ready.url,
        pid: child.pid as number,
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`monite-mock did not start (exit code ${code}): ${stderr.trim() || stdout.trim()}`)),
    );
    child.once('error', reject);
  });
}
