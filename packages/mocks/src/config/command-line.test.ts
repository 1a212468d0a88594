/**
 * Precedence on the command line: a flag over the config file over the
 * CLI's defaults, and the same checks for a flag as for a field.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { helpText, parseCommandLine } from './command-line.js';
import { ConfigError } from './load-config.js';

const dir = mkdtempSync(join(tmpdir(), 'monite-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFile(value: unknown): string {
  const path = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('parseCommandLine', () => {
  it('fills the defaults of monite-mock (a real clock, Monite-like webhook retries)', () => {
    expect(parseCommandLine([])).toEqual({
      help: false,
      json: false,
      quiet: false,
      config: {
        port: 4010,
        host: '127.0.0.1',
        seed: 'monite',
        clock: 'real',
        webhooks: { retries: 5, backoffMs: [1000, 5000, 30_000, 120_000, 600_000], timeoutMs: 10_000 },
      },
    });
  });

  it('takes the file, then lets each flag override it; the state path is relative to the file', () => {
    const path = configFile({ port: 4011, seed: 'file', state: 'state.json', webhooks: { retries: 1, timeoutMs: 50 } });
    const parsed = parseCommandLine(['--config', path, '--port', '0', '--webhook-retries', '3', '--json']);
    expect(parsed).toMatchObject({
      json: true,
      config: { port: 0, seed: 'file', state: join(dir, 'state.json'), webhooks: { retries: 3, timeoutMs: 50 } },
    });
    // A flag's path is the user's own, relative to where the command runs.
    expect(parseCommandLine(['--config', path, '--state', 'here.json'])).toMatchObject({
      config: { state: 'here.json' },
    });
  });

  it('maps every flag onto its option', () => {
    const parsed = parseCommandLine([
      '--host=0.0.0.0',
      '--seed=s',
      '--clock=fixed:2025-01-31T09:00:00Z',
      '--start-time=2025-01-01T00:00:00Z',
      '--latency=5',
      '--token-lifetime=60',
      '--webhook-backoff=100',
      '--events=off',
      '--quiet',
    ]);
    expect(parsed).toMatchObject({
      quiet: true,
      config: {
        host: '0.0.0.0',
        seed: 's',
        clock: 'fixed:2025-01-31T09:00:00Z',
        startTime: '2025-01-01T00:00:00Z',
        latencyMs: 5,
        tokenLifetimeSeconds: 60,
        recordEvents: false,
        webhooks: { backoffMs: 100 },
      },
    });
    expect(parseCommandLine(['--webhook-backoff', '10, 20'])).toMatchObject({
      config: { webhooks: { backoffMs: [10, 20] } },
    });
  });

  it.each([
    [['--latency=-1'], '--latency must be an integer from 0, got -1'],
    [['--events', 'maybe'], '--events must be on or off, got maybe'],
    [['--start-time', 'soon'], '--start-time must be an ISO 8601 time, got soon'],
    [['--webhook-backoff', '10,x'], '--webhook-backoff must be an integer from 0, got x'],
    [['extra'], "Unexpected argument 'extra'"],
  ])('refuses %j with one line', (args, message) => {
    expect(() => parseCommandLine(args)).toThrow(ConfigError);
    expect(() => parseCommandLine(args)).toThrow(message);
  });

  it('describes every flag in the help', () => {
    for (const flag of ['config', 'port', 'state', 'json', 'webhook-backoff', 'start-time', 'token-lifetime'])
      expect(helpText()).toContain(`--${flag}`);
  });
});
