/**
 * The `monite-mock` command: the in-memory Monite on an HTTP port.
 * Flags: --port (4010), --host (127.0.0.1), --seed, --latency (ms).
 */
import { parseArgs } from 'node:util';
import { startMockServer } from './node.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: 'monite' },
    latency: { type: 'string', default: '0' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: monite-mock [--port 4010] [--host 127.0.0.1] [--seed monite] [--latency 0] [--quiet]');
  process.exit(0);
}

const port = Number(values.port);
const latencyMs = Number(values.latency);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`monite-mock: --port must be an integer between 0 and 65535, got ${values.port}`);
  process.exit(2);
}
if (!Number.isFinite(latencyMs) || latencyMs < 0) {
  console.error(`monite-mock: --latency must be a number of milliseconds, got ${values.latency}`);
  process.exit(2);
}

const server = await startMockServer({
  port,
  host: values.host,
  seed: values.seed,
  latencyMs,
  log: values.quiet ? undefined : (line) => console.log(line),
});
console.log(
  `monite-mock: in-memory Monite on ${server.url} (seed ${values.seed}); POST /auth/token for a token, send x-monite-version`,
);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
