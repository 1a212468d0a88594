/**
 * The `monite-mock` command: the in-memory Monite on an HTTP port.
 * Flags: --port (4010), --host (127.0.0.1), --seed, --latency (ms), --clock
 * (real | fixed | fixed:<ISO time>; default real), --webhook-retries (5),
 * --webhook-backoff (ms list or base; default 1000,5000,30000,120000,600000),
 * --webhook-timeout (ms, 10000), --state FILE (load at start, write on exit),
 * --events on|off (record events and deliver webhooks; default on).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startMockServer } from './node.js';

const USAGE = `Usage: monite-mock [--port 4010] [--host 127.0.0.1] [--seed monite] [--latency 0] [--quiet]
  [--clock real|fixed|fixed:<ISO time>] [--state FILE]
  [--webhook-retries 5] [--webhook-backoff 1000,5000,30000,120000,600000] [--webhook-timeout 10000] [--events on|off]`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: 'monite' },
    latency: { type: 'string', default: '0' },
    clock: { type: 'string', default: 'real' },
    state: { type: 'string' },
    'webhook-retries': { type: 'string', default: '5' },
    'webhook-backoff': { type: 'string', default: '1000,5000,30000,120000,600000' },
    'webhook-timeout': { type: 'string', default: '10000' },
    events: { type: 'string', default: 'on' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function fail(message: string): never {
  console.error(`monite-mock: ${message}`);
  process.exit(2);
}

/** A non-negative integer flag, or exit with a message naming it. */
function count(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a non-negative integer, got ${value}`);
  return n;
}

const port = Number(values.port);
const latencyMs = Number(values.latency);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be an integer between 0 and 65535, got ${values.port}`);
if (!Number.isFinite(latencyMs) || latencyMs < 0)
  fail(`--latency must be a number of milliseconds, got ${values.latency}`);
const clock = values.clock;
if (clock !== 'real' && clock !== 'fixed' && !(clock.startsWith('fixed:') && !Number.isNaN(Date.parse(clock.slice(6)))))
  fail(`--clock must be real, fixed or fixed:<ISO time>, got ${clock}`);
if (values.events !== 'on' && values.events !== 'off') fail(`--events must be on or off, got ${values.events}`);
const backoff = values['webhook-backoff'].split(',').map((part) => count('webhook-backoff', part.trim()));

const server = await startMockServer({
  port,
  host: values.host,
  seed: values.seed,
  latencyMs,
  clock: clock as 'real' | 'fixed' | `fixed:${string}`,
  webhooks: {
    retries: count('webhook-retries', values['webhook-retries']),
    backoffMs: backoff.length === 1 ? (backoff[0] as number) : backoff,
    timeoutMs: count('webhook-timeout', values['webhook-timeout']),
  },
  recordEvents: values.events === 'on',
  log: values.quiet ? undefined : (line) => console.log(line),
});
const statePath = values.state;
if (statePath && existsSync(statePath)) {
  try {
    server.monite.importState(JSON.parse(readFileSync(statePath, 'utf8')));
  } catch (error) {
    await server.close();
    fail(`--state ${statePath} is not a state snapshot: ${(error as Error).message}`);
  }
}
console.log(
  `monite-mock: in-memory Monite on ${server.url} (seed ${values.seed}, clock ${clock}${statePath ? `, state ${statePath}` : ''}); POST /auth/token for a token, send x-monite-version`,
);

const stop = (): void => {
  // The state is written first: a restart must find what this run stored, even if closing fails.
  if (statePath) writeFileSync(statePath, JSON.stringify(server.monite.exportState()));
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
