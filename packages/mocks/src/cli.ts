/**
 * The `monite-mock` command: the in-memory Monite on an HTTP port. Flags,
 * the config file and their defaults are in `config/command-line.ts`
 * (`monite-mock --help` prints them). Anything refused at start (a flag, the
 * config, the `--state` path or file, a port in use) is one line on stderr
 * and exit code 2, with nothing written.
 */
import { ConfigError } from './config/load-config.js';
import { helpText, parseCommandLine } from './config/command-line.js';
import { startMockServer } from './node.js';
import { StateFileError } from './persistence/state-file.js';

function refuse(message: string): never {
  process.stderr.write(`monite-mock: ${message}\n`);
  process.exit(2);
}

let command: ReturnType<typeof parseCommandLine>;
try {
  command = parseCommandLine(process.argv.slice(2));
} catch (error) {
  if (error instanceof ConfigError) refuse(error.message);
  throw error;
}
if (command.help) {
  process.stdout.write(`${helpText()}\n`);
  process.exit(0);
}
const { config, json, quiet } = command;
const { quiet: _quiet, ...options } = config;

const log = quiet
  ? undefined
  : json
    ? (line: string) => {
        const [method, path, status, ms] = line.split(' ');
        process.stdout.write(
          `${JSON.stringify({ method, path, status: Number(status), ms: Number.parseFloat(ms ?? '') })}\n`,
        );
      }
    : (line: string) => process.stdout.write(`${line}\n`);

let server: Awaited<ReturnType<typeof startMockServer>> | undefined;
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  // Before the server is up nothing was acknowledged; after, every acknowledged change is already on disk,
  // and closing writes what a background delivery changed since.
  if (!server) process.exit(0);
  server.close().then(
    () => process.exit(0),
    (error: Error) => {
      process.stderr.write(`monite-mock: stopping failed: ${error.message}\n`);
      process.exit(1);
    },
  );
};
// Installed before the ready line: a program may signal the moment it reads it.
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  server = await startMockServer({ ...options, log });
  if (stopping) await server.close().then(() => process.exit(0));
} catch (error) {
  if (error instanceof StateFileError) refuse(error.message);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') refuse(`port ${config.port} on ${config.host} is in use (--port 0 picks a free one)`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') refuse(`cannot listen on host ${config.host} (${code})`);
  if (code === 'EACCES') refuse(`no permission to listen on port ${config.port}`);
  if (error instanceof RangeError) refuse((error as Error).message);
  throw error;
}

if (json) {
  // One line a program can parse: no banner to scrape.
  process.stdout.write(
    `${JSON.stringify({ event: 'ready', url: server.url, pid: process.pid, seed: String(config.seed), clock: config.clock, state: config.state ?? null })}\n`,
  );
} else {
  process.stdout.write(
    `monite-mock: in-memory Monite on ${server.url} (seed ${config.seed}, clock ${config.clock}${config.state ? `, state ${config.state}` : ''}); POST /auth/token for a token, send x-monite-version\n`,
  );
}
