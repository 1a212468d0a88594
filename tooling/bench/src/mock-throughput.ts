// Mock-server throughput: requests per second of `monite-mock` (the stateful
// in-memory Monite) and of Prism (`prism mock`, static answers from the same
// bundled spec) for a list and a create, measured by autocannon in one run,
// each server in its own process. Figures are printed with the ratio to
// Prism, never asserted: they depend on the machine.
//
// BENCH_MOCK_BASELINE=<path of another build's bin/monite-mock.mjs> adds that
// build as a third server, measured on the same requests in the same run, so
// a change's cost shows as a ratio (check the older commit out in a git
// worktree and build its mocks package there).
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import autocannon from 'autocannon';
import { fillCounterparts, headersFor, startMock, stop } from './mock-process.js';
import { printTable, ratio, type Row } from './table.js';

const require = createRequire(import.meta.url);
const DURATION_SECONDS = Number(process.env.BENCH_MOCK_SECONDS ?? 5);
const CONNECTIONS = 10;
const SEEDED_COUNTERPARTS = 50;

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts a server process and resolves once its output matches `ready`. */
function startProcess(command: string, args: string[], ready: RegExp, name: string): Promise<ChildProcess> {
  return new Promise((resolveChild, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stderr?.off('data', onData);
        // Keep draining, so a chatty server never blocks on a full pipe.
        child.stdout?.resume();
        child.stderr?.resume();
        resolveChild(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
}

async function measure(
  url: string,
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body?: string,
): Promise<Measured> {
  const result = await autocannon({ url, method, headers, body, connections: CONNECTIONS, duration: DURATION_SECONDS });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
  };
}

/** A token for a mock, and the list worth paging every mock gets before it is measured. */
async function prepared(url: string): Promise<Record<string, string>> {
  const headers = await headersFor(url);
  await fillCounterparts(url, headers, SEEDED_COUNTERPARTS);
  return headers;
}

const SCENARIOS = [
  { name: 'list  GET /counterparts?limit=10', method: 'GET' as const, path: '/counterparts?limit=10', body: undefined },
  // Tags, not counterparts: the counterpart payload schema carries `additionalProperties: false`
  // beside its anyOf, so Prism (reading the spec literally) refuses every counterpart with 422.
  {
    name: 'create POST /tags',
    method: 'POST' as const,
    path: '/tags',
    body: JSON.stringify({ name: 'urgent', description: 'Pay this week' }),
  },
];

/** Runs the benchmark and prints its table. */
export async function run(): Promise<void> {
  const mocksRoot = dirname(require.resolve('@monite-ts/mocks/package.json'));
  const specPath = resolve(mocksRoot, '../../spec/dist/openapi.json');
  const prismBin = resolve(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
  const baselineBin = process.env.BENCH_MOCK_BASELINE ? resolve(process.env.BENCH_MOCK_BASELINE) : undefined;
  const children: ChildProcess[] = [];
  try {
    const mock = await startMock([]);
    children.push(mock.child);
    const baseline = baselineBin ? await startMock([], baselineBin) : undefined;
    if (baseline) children.push(baseline.child);
    const prismPort = await freePort();
    const prism = await startProcess(
      process.execPath,
      [prismBin, 'mock', '-h', '127.0.0.1', '-p', String(prismPort), specPath],
      /Prism is listening/,
      'prism',
    );
    children.push(prism);
    const prismUrl = `http://127.0.0.1:${prismPort}`;
    const headers = await prepared(mock.url);
    const baselineHeaders = baseline ? await prepared(baseline.url) : undefined;

    const rows: Row[] = [];
    for (const scenario of SCENARIOS) {
      const json = (h: Record<string, string>) => (scenario.body ? { ...h, 'content-type': 'application/json' } : h);
      const at = (url: string, h: Record<string, string>) =>
        measure(`${url}${scenario.path}`, scenario.method, json(h), scenario.body);
      const ours = await at(mock.url, headers);
      const before = baseline && baselineHeaders ? await at(baseline.url, baselineHeaders) : undefined;
      // Prism checks no token; the mock's headers do.
      const theirs = await at(prismUrl, headers);
      rows.push({
        scenario: scenario.name,
        'monite-mock req/s': ours.requestsPerSecond,
        ...(before
          ? {
              'baseline req/s': before.requestsPerSecond,
              'ratio (mock/baseline)': ratio(ours.requestsPerSecond, before.requestsPerSecond),
            }
          : {}),
        'prism req/s': theirs.requestsPerSecond,
        'ratio (mock/prism)': ratio(ours.requestsPerSecond, theirs.requestsPerSecond),
        'mock p50/p99 ms': `${ours.p50}/${ours.p99}`,
        'prism p50/p99 ms': `${theirs.p50}/${theirs.p99}`,
        'non-2xx mock/prism': `${ours.non2xx}/${theirs.non2xx}`,
      });
    }
    printTable(
      `Mock server throughput (autocannon, ${CONNECTIONS} connections, ${DURATION_SECONDS} s per cell; monite-mock is stateful and validates, Prism answers statically${baselineBin ? `; baseline: ${baselineBin}` : ''})`,
      rows,
    );
  } finally {
    for (const child of children.reverse()) await stop(child);
  }
}
