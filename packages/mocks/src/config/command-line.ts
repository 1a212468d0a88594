/**
 * The command line of `monite-mock`: one table of flags gives the parser,
 * the help text and the mapping onto the config, so the three never
 * disagree. Precedence: a flag, then the config file, then the default.
 */
import { parseArgs } from 'node:util';
import { ConfigError, checkConfig, type MockConfig, readConfig } from './load-config.js';

interface Flag {
  /** Placeholder of the value in the help; absent for a switch. */
  value?: string;
  /** The default, as shown in the help. */
  default?: string;
  description: string;
}

/** Every flag, in the order the help lists them. */
export const FLAGS: Record<string, Flag> = {
  config: { value: 'FILE', description: 'JSON config with any createMonite option (schema: monite-mock.schema.json)' },
  port: { value: 'N', default: '4010', description: 'TCP port; 0 picks a free one (read it from --json)' },
  host: { value: 'HOST', default: '127.0.0.1', description: 'interface to listen on' },
  seed: { value: 'TEXT', default: 'monite', description: 'seed of every generated id and value' },
  clock: { value: 'MODE', default: 'real', description: 'real, fixed, or fixed:<ISO time>' },
  'start-time': { value: 'ISO', default: '2024-05-25T08:00:00Z', description: 'where a fixed clock starts' },
  latency: { value: 'MS', default: '0', description: 'delay before every answer' },
  state: {
    value: 'FILE',
    description: 'keep the state in FILE: loaded at start, each change synced before its answer',
  },
  'token-lifetime': { value: 'SECONDS', default: '86400', description: 'expires_in of issued tokens' },
  'webhook-retries': { value: 'N', default: '5', description: 'retries after a failed delivery attempt' },
  'webhook-backoff': {
    value: 'MS[,MS...]',
    default: '1000,5000,30000,120000,600000',
    description: 'wait before each retry: a base that doubles, or a list',
  },
  'webhook-timeout': { value: 'MS', default: '10000', description: 'deadline of one delivery attempt' },
  events: { value: 'on|off', default: 'on', description: 'record events and deliver webhooks' },
  json: { description: 'print one JSON line {"url",...} when ready, and JSON log lines, on stdout' },
  quiet: { description: 'no line per request' },
  help: { description: 'this help' },
};

/** The help text: what the command is, each flag with its default, examples. */
export function helpText(): string {
  const rows = Object.entries(FLAGS).map(([name, flag]) => {
    const left = `  ${name === 'help' ? '-h, ' : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`;
    return `${left.padEnd(40)}${flag.description}${flag.default ? ` (default ${flag.default})` : ''}`;
  });
  return [
    'monite-mock: a local Monite API over HTTP (every documented operation, validated, stateful, with webhooks).',
    '',
    'Usage: monite-mock [flags]',
    '',
    ...rows,
    '',
    'Examples:',
    '  monite-mock                                      http://127.0.0.1:4010, a sandbox: any UUID client id gets a token',
    '  monite-mock --port 0 --json                      a free port; the first stdout line is {"url":"http://127.0.0.1:<port>",...}',
    '  monite-mock --state .monite-state.json           data kept across restarts and crashes',
    '  monite-mock --config monite-mock.json --port 0   partners, fixtures and faults from a file; flags override it',
    '',
    'Admin API under /_mock/ (health, reset, clock, state, webhooks); GET /_mock/health answers once ready.',
    'Exit codes: 0 stopped (SIGINT/SIGTERM), 2 refused at start (bad flag, config or --state path).',
  ].join('\n');
}

/** What the command line asks for. */
export type CommandLine = { help: true } | { help: false; json: boolean; quiet: boolean; config: MockConfig };

function integer(name: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(
      `--${name} must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}, got ${value}`,
    );
  return n;
}

/**
 * Parses the arguments and merges them over the config file, then fills the
 * CLI's defaults.
 * @throws ConfigError with one line naming the flag or field at fault
 */
export function parseCommandLine(args: string[]): CommandLine {
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(
      Object.entries(FLAGS).map(([name, flag]) => [
        name,
        { type: flag.value ? ('string' as const) : ('boolean' as const), ...(name === 'help' ? { short: 'h' } : {}) },
      ]),
    );
    values = parseArgs({ args, options, allowPositionals: false }).values;
  } catch (error) {
    throw new ConfigError((error as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
  if (values.help) return { help: true };
  const file = typeof values.config === 'string' ? readConfig(values.config) : {};
  const flag = (name: string) => values[name] as string | undefined;
  const merged: Record<string, unknown> = { ...file };
  if (flag('port') !== undefined) merged.port = integer('port', flag('port')!, 0, 65535);
  if (flag('host') !== undefined) merged.host = flag('host');
  if (flag('seed') !== undefined) merged.seed = flag('seed');
  if (flag('clock') !== undefined) {
    const clock = flag('clock')!;
    if (!/^(real|fixed)$/.test(clock) && !(clock.startsWith('fixed:') && !Number.isNaN(Date.parse(clock.slice(6)))))
      throw new ConfigError(`--clock must be real, fixed or fixed:<ISO time>, got ${clock}`);
    merged.clock = clock;
  }
  if (flag('start-time') !== undefined) {
    if (Number.isNaN(Date.parse(flag('start-time')!)))
      throw new ConfigError(`--start-time must be an ISO 8601 time, got ${flag('start-time')}`);
    merged.startTime = flag('start-time');
  }
  if (flag('latency') !== undefined) merged.latencyMs = integer('latency', flag('latency')!, 0);
  if (flag('state') !== undefined) merged.state = flag('state');
  if (flag('token-lifetime') !== undefined)
    merged.tokenLifetimeSeconds = integer('token-lifetime', flag('token-lifetime')!, 1);
  if (flag('events') !== undefined) {
    if (flag('events') !== 'on' && flag('events') !== 'off')
      throw new ConfigError(`--events must be on or off, got ${flag('events')}`);
    merged.recordEvents = flag('events') === 'on';
  }
  const webhooks = { ...(file.webhooks ?? {}) };
  if (flag('webhook-retries') !== undefined) webhooks.retries = integer('webhook-retries', flag('webhook-retries')!, 0);
  if (flag('webhook-timeout') !== undefined)
    webhooks.timeoutMs = integer('webhook-timeout', flag('webhook-timeout')!, 1);
  if (flag('webhook-backoff') !== undefined) {
    const list = flag('webhook-backoff')!
      .split(',')
      .map((part) => integer('webhook-backoff', part.trim(), 0));
    webhooks.backoffMs = list.length === 1 ? (list[0] as number) : list;
  }
  merged.webhooks = webhooks;
  // Flags are checked by the same schema as the file, so a flag and a field are refused alike.
  const config = checkConfig(merged, 'the flags and config');
  config.port ??= 4010;
  config.host ??= '127.0.0.1';
  config.seed ??= 'monite';
  config.clock ??= 'real';
  config.webhooks = {
    retries: 5,
    backoffMs: [1000, 5000, 30_000, 120_000, 600_000],
    timeoutMs: 10_000,
    ...config.webhooks,
  };
  return { help: false, json: values.json === true, quiet: values.quiet === true || config.quiet === true, config };
}
