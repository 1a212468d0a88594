// What recording events and delivering webhooks costs `monite-mock`: list
// throughput (and, for scale, create throughput) of a server that records
// events with one active subscription whose listener answers 200, against
// the same server started with `--events off`, measured by autocannon in one
// run, each server in its own process. The target is a list cost of at most
// 10%; the figures are printed with the ratio, never asserted.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import autocannon from 'autocannon';
import { median, printTable, ratio, type Row } from './table.js';

const require = createRequire(import.meta.url);
const DURATION_SECONDS = Number(process.env.BENCH_MOCK_SECONDS ?? 5);
const CONNECTIONS = 10;
const VERSION = '2024-05-25';
const ENTITY_ID = '11111111-1111-4111-8111-111111111111';
const SEEDED = 50;
/** The order of the two servers in a round: 0 records events, 1 does not. */
const ROUND = [0, 1];
const COUNTERPART = JSON.stringify({
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
function startMock(extra: string[]): Promise<{ child: ChildProcess; url: string }> {
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

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.exitCode !== null) return resolveStop();
    child.removeAllListeners('exit');
    child.once('exit', () => resolveStop());
    child.kill('SIGTERM');
  });
}

async function headersFor(url: string): Promise<Record<string, string>> {
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

/** Runs the benchmark and prints its table. */
export async function run(): Promise<void> {
  let delivered = 0;
  const listener = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => {
      delivered += 1;
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((done) => listener.listen(0, '127.0.0.1', done));
  const hook = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/hook`;

  const withEvents = await startMock(['--events', 'on', '--webhook-backoff', '100']);
  const without = await startMock(['--events', 'off']);
  try {
    const servers = [
      { name: 'with', ...withEvents, headers: await headersFor(withEvents.url) },
      { name: 'without', ...without, headers: await headersFor(without.url) },
    ];
    const subscribe = servers[0]!;
    await fetch(`${subscribe.url}/webhook_subscriptions`, {
      method: 'POST',
      headers: { ...subscribe.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ object_type: 'counterpart', url: hook }),
    });
    for (const server of servers)
      for (let i = 0; i < SEEDED; i++)
        await fetch(`${server.url}/counterparts`, {
          method: 'POST',
          headers: { ...server.headers, 'content-type': 'application/json' },
          body: COUNTERPART,
        });

    const scenarios = [
      { name: 'list   GET /counterparts?limit=10', method: 'GET' as const, path: '/counterparts?limit=10' },
      {
        name: 'create POST /counterparts (each an event and a delivery)',
        method: 'POST' as const,
        path: '/counterparts',
        body: COUNTERPART,
      },
    ];
    const rows: Row[] = [];
    for (const scenario of scenarios) {
      // Alternating rounds (on, off, off, on, on, off) and the median of each, so neither server
      // gets the quieter moments of a machine shared with other work.
      const samples: [number[], number[]] = [[], []];
      const non2xx = [0, 0];
      for (const order of [ROUND, [...ROUND].reverse(), ROUND]) {
        for (const index of order) {
          const server = servers[index]!;
          const headers = scenario.body ? { ...server.headers, 'content-type': 'application/json' } : server.headers;
          const result = await autocannon({
            url: `${server.url}${scenario.path}`,
            method: scenario.method,
            headers,
            body: scenario.body,
            connections: CONNECTIONS,
            duration: DURATION_SECONDS,
          });
          samples[index]!.push(result.requests.average);
          non2xx[index]! += result.non2xx;
        }
      }
      const figures = samples.map(median);
      const [on, off] = figures as [number, number];
      rows.push({
        scenario: scenario.name,
        'events + 1 subscription req/s': on,
        'events off req/s': off,
        'ratio (on/off)': ratio(on, off),
        cost: `${(((off - on) / off) * 100).toFixed(1)}%`,
        'non-2xx on/off': `${non2xx[0]}/${non2xx[1]}`,
      });
    }
    printTable(
      `Cost of events and webhooks in monite-mock (autocannon, ${CONNECTIONS} connections, median of 3 alternating ${DURATION_SECONDS} s runs per cell; listener on 127.0.0.1 answering 200, ${delivered} deliveries received; target: list cost <= 10%)`,
      rows,
    );
  } finally {
    await Promise.all([stop(withEvents.child), stop(without.child)]);
    await new Promise((done) => listener.close(done));
  }
}
