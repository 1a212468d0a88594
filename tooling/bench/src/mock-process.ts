// Running `monite-mock` for a benchmark: the built bin in its own process on
// a free port, stopped with SIGTERM, and the headers of an authorised
// entity-scoped request against it.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import autocannon from 'autocannon';

const require = createRequire(import.meta.url);

/** The API version the benchmarks send. */
export const VERSION = '2024-05-25';
/** The entity the benchmarks act for. */
export const ENTITY_ID = '11111111-1111-4111-8111-111111111111';

/** The counterpart the benchmarks create (a JSON body). */
export const COUNTERPART = JSON.stringify({
  type: 'organization',
  organization: {
    legal_name: 'Acme GmbH',
    is_vendor: true,
    is_customer: false,
    email: 'finance@acme.test',
    address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' },
  },
});

/** The `monite-mock` bin of this workspace's build. */
export const MOCK_BIN = resolve(dirname(require.resolve('@monite-ts/mocks/package.json')), 'bin/monite-mock.mjs');

/**
 * Starts `monite-mock` on a free port and resolves with its URL once it
 * listens (its `--json` ready line), and how long that took from spawning.
 * `bin` is another build's bin when a benchmark compares two builds.
 */
export function startMock(
  extra: string[],
  bin: string = MOCK_BIN,
): Promise<{ child: ChildProcess; url: string; startMs: number }> {
  return new Promise((resolveStart, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, '--port', '0', '--seed', 'bench', '--quiet', '--json', ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const end = output.indexOf('\n');
      if (end >= 0) {
        const startMs = performance.now() - started;
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolveStart({ child, url: (JSON.parse(output.slice(0, end)) as { url: string }).url, startMs });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`monite-mock exited with ${code}:\n${output}`)));
  });
}

/** Stops a server process (SIGTERM, or `SIGKILL` for a crash) and waits for it to exit; resolves with the ms it took. */
export function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveStop(0);
    const sent = performance.now();
    child.removeAllListeners('exit');
    child.once('exit', () => resolveStop(performance.now() - sent));
    child.kill(signal);
  });
}

/** Headers of an authorised, entity-scoped request: a fresh token from the server itself. */
export async function headersFor(url: string): Promise<Record<string, string>> {
  const token = (await fetch(`${url}/auth/token`, {
    method: 'POST',
    headers: { 'x-monite-version': VERSION, 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      client_secret: 'b',
      grant_type: 'client_credentials',
    }),
  }).then((r) => r.json())) as { access_token: string };
  return {
    'x-monite-version': VERSION,
    'x-monite-entity-id': ENTITY_ID,
    authorization: `Bearer ${token.access_token}`,
  };
}

/** Creates `amount` counterparts on a running mock, ten requests at a time, and waits until all are answered. */
export async function fillCounterparts(url: string, headers: Record<string, string>, amount: number): Promise<void> {
  await autocannon({
    url: `${url}/counterparts`,
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: COUNTERPART,
    connections: 10,
    amount,
  });
}
