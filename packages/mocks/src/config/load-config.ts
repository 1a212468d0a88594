/**
 * Reading `monite-mock --config FILE`: JSON checked against the shipped
 * schema, refused with one line naming the field at fault. Paths in the file
 * (`state`) are taken relative to the file, so a config works from any
 * folder. Secrets in the file never appear in a message.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { MockServerOptions } from '../server/node-server.js';
import { CONFIG_SCHEMA } from './config-schema.js';

/** A config file (or the flags) the CLI refuses; the message is one line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** What a config file holds, as `startMockServer` takes it. */
export type MockConfig = Omit<MockServerOptions, 'log' | 'clock' | 'webhooks'> & {
  clock?: 'real' | 'fixed' | `fixed:${string}`;
  quiet?: boolean;
  webhooks?: { retries?: number; backoffMs?: number | number[]; timeoutMs?: number };
};

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** The field an ajv error is about, as a JSON path (`fixtures[0].data`), or the file itself. */
function fieldOf(error: ErrorObject): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return 'is not a known option';
  if (error.keyword === 'required') return 'is required';
  if (error.keyword === 'oneOf') return 'must be a number of ms or a list of them';
  // ajv's messages name the rule, never the value (a secret stays out of the message).
  return error.message ?? 'is not valid';
}

/**
 * Checks a parsed config object.
 * @throws ConfigError naming the field at fault
 */
export function checkConfig(value: unknown, source: string): MockConfig {
  validator ??= (() => {
    const ajv = new Ajv2020({ strict: false, allErrors: false });
    addFormats(ajv);
    return ajv.compile(CONFIG_SCHEMA);
  })();
  if (!validator(value)) {
    const errors = validator.errors ?? [];
    // The most specific error: a field's own fault rather than the oneOf or object around it.
    const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    if (!error) throw new ConfigError(`${source} is not valid`);
    const field = fieldOf(error);
    throw new ConfigError(`${source}: ${field ? `${field} ` : ''}${describe(error)}`);
  }
  const config = value as MockConfig & { clock?: string; startTime?: string };
  if (config.clock?.startsWith('fixed:') && Number.isNaN(Date.parse(config.clock.slice(6))))
    throw new ConfigError(`${source}: clock must be real, fixed or fixed:<ISO time>`);
  return config as MockConfig;
}

/**
 * Reads and checks a config file; `state` is resolved against the file's folder.
 * @throws ConfigError with one line naming the file and the field at fault
 */
export function readConfig(path: string): MockConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`--config ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`--config ${path} is not JSON: ${(error as Error).message}`);
  }
  const config = checkConfig(value, `--config ${path}`);
  if (config.state) config.state = resolve(dirname(resolve(path)), config.state);
  return config;
}
