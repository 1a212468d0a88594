// What recording events and delivering webhooks costs `monite-mock`: list
// throughput (and, for scale, create throughput) of a server that records
// events with one active subscription whose listener answers 200, against
// the same server started with `--events off`, measured by autocannon in one
// run, each server in its own process. The target is a list cost of at most
// 10%; the figures are printed with the ratio, never asserted.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { COUNTERPART, headersFor, startMock, stop } from './mock-process.js';
import { median, printTable, ratio, type Row } from './table.js';

const DURATION_SECONDS = Number(process.env.BENCH_MOCK_SECONDS ?? 5);
const CONNECTIONS = 10;
const SEEDED = 50;
/** The order of the two servers in a round: 0 records events, 1 does not. */
const ROUND = [0, 1];

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
