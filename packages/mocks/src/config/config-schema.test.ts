/**
 * The shipped `monite-mock.schema.json` is the schema the CLI checks with,
 * so an editor and the mock never disagree about a config file. After
 * changing `config-schema.ts`, refresh the file with
 * `UPDATE_CONFIG_SCHEMA=1 pnpm --filter @monite-ts/mocks exec vitest run src/config`
 * and `pnpm biome format --write` it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from './config-schema.js';
import { ConfigError, checkConfig } from './load-config.js';

const file = resolve(import.meta.dirname, '../../monite-mock.schema.json');
const text = `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`;

describe('the config schema', () => {
  it('ships as monite-mock.schema.json, equal to the one the CLI checks with', () => {
    // Compared as data: the file's layout is biome's.
    if (process.env.UPDATE_CONFIG_SCHEMA) writeFileSync(file, text);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(CONFIG_SCHEMA);
  });

  it('accepts every option createMonite takes as JSON', () => {
    const config = {
      $schema: './node_modules/@monite-ts/mocks/monite-mock.schema.json',
      port: 0,
      host: '127.0.0.1',
      state: 'state.json',
      quiet: true,
      seed: 42,
      clients: [{ clientId: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', clientSecret: 's' }],
      tokens: ['fixed-token'],
      tokenLifetimeSeconds: 60,
      clock: 'fixed:2025-01-31T09:00:00Z',
      startTime: '2025-01-31T09:00:00Z',
      latencyMs: 5,
      maxBodyBytes: 1024,
      recordEvents: false,
      faults: [{ status: 503, operationId: 'get_tags', probability: 0.5, times: 2, retryAfterSeconds: 1 }],
      webhooks: { retries: 1, backoffMs: [10, 20], timeoutMs: 100 },
      fixtures: [
        { collection: '/counterparts/{id}/contacts', params: { id: 'x' }, entityId: 'e', partner: 'p', data: {} },
      ],
    };
    expect(checkConfig(config, 'config')).toEqual(config);
  });

  it.each([
    [{ seed: true }, 'config: seed must be string,number'],
    [{ clients: [{ clientId: 'not-a-uuid', clientSecret: 's' }] }, 'config: clients[0].clientId must match pattern'],
    [{ fixtures: [{ collection: '/tags' }] }, 'config: fixtures[0].data is required'],
    [{ webhooks: { backoffMs: 'soon' } }, 'config: webhooks.backoffMs'],
    [{ clock: 'fixed:yesterday' }, 'config: clock must be real, fixed or fixed:<ISO time>'],
    [{ colck: 'real' }, 'config: colck is not a known option'],
  ])('refuses %j naming the field', (value, message) => {
    expect(() => checkConfig(value, 'config')).toThrow(ConfigError);
    expect(() => checkConfig(value, 'config')).toThrow(message);
  });
});
