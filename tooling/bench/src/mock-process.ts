// Running `monite-mock` for a benchmark: the built bin in its own process on
// a free port, stopped with SIGTERM, and the headers of an authorised
// entity-scoped request against it.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

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

/** Starts `monite-mock` on a free port and resolves with its URL once it listens. */
export function startMock(extra: string[]): Promise<{ child: ChildProcess; url: string }> {
  const bin = resolve(dirname(require.resolve('@monite-ts/mocks/package.json')), 'bin/monite-mock.mjs');
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [bin, '--port', '0', '--seed', 'bench', '--quiet', ...extra], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolveStart({ child, url: match[1] as string });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`monite-mock exited with ${code}:\n${output}`)));
  });
}

/** Stops a server process and waits for it to exit. */
export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null) return resolveStop();
    child.removeAllListeners('exit');
    child.once('exit', () => resolveStop());
    child.kill('SIGTERM');
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
