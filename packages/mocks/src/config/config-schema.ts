/**
 * The JSON Schema of `monite-mock --config FILE`: every option `createMonite`
 * takes that JSON can hold (functions cannot), plus the server's own. The
 * package ships it as `monite-mock.schema.json` (kept equal to this object
 * by a test), so editors complete a config that names it in `$schema`.
 */

const nonNegativeInteger = { type: 'integer', minimum: 0 } as const;
const uuid = {
  type: 'string',
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
} as const;

/** The config file's schema (JSON Schema 2020-12). */
export const CONFIG_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'monite-mock config',
  description:
    'Configuration of monite-mock (`monite-mock --config FILE`): the options of createMonite that JSON can hold, and the server. Command-line flags override it.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'The schema of this file, for editors.' },
    port: { type: 'integer', minimum: 0, maximum: 65535, description: 'TCP port; 0 picks a free one. Default 4010.' },
    host: { type: 'string', minLength: 1, description: 'Interface to listen on. Default 127.0.0.1.' },
    state: {
      type: 'string',
      minLength: 1,
      description:
        'State file: loaded at start (created when missing); every change is synced to it before it is answered. Relative to the config file.',
    },
    quiet: { type: 'boolean', description: 'No line per request. Default false.' },
    seed: { type: ['string', 'number'], description: 'Seed of every generated value. Default "monite".' },
    clients: {
      type: 'array',
      description:
        'The partners: each client is one partner; only these credentials get tokens. Without it any UUID client id does, like a sandbox.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['clientId', 'clientSecret'],
        properties: {
          clientId: { ...uuid, description: 'The client id (a UUID, as Monite issues them).' },
          clientSecret: { type: 'string', minLength: 1, description: 'The client secret.' },
        },
      },
    },
    tokens: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Bearer tokens accepted without POST /auth/token; they never expire.',
    },
    tokenLifetimeSeconds: { type: 'integer', minimum: 1, description: 'expires_in of issued tokens. Default 86400.' },
    clock: {
      type: 'string',
      pattern: '^(real|fixed|fixed:.+)$',
      description: "'real' (default for monite-mock), 'fixed', or 'fixed:<ISO time>'.",
    },
    startTime: {
      type: 'string',
      format: 'date-time',
      description: 'Where a fixed clock starts (ISO 8601). Default 2024-05-25T08:00:00Z.',
    },
    latencyMs: { type: 'number', minimum: 0, description: 'Delay before every answer, in ms.' },
    maxBodyBytes: { type: 'integer', minimum: 1, description: 'Longer request bodies answer 413. Default 10 MiB.' },
    recordEvents: { type: 'boolean', description: 'Record events and deliver webhooks. Default true.' },
    faults: {
      type: 'array',
      description: 'Configured faults.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['status'],
        properties: {
          status: { type: 'integer', minimum: 400, maximum: 599, description: 'The status to answer with.' },
          operationId: { type: 'string', minLength: 1, description: 'Only this operation; every one when absent.' },
          probability: { type: 'number', minimum: 0, maximum: 1, description: 'Share of matching requests that fail.' },
          times: { ...nonNegativeInteger, description: 'Fail only this many matching requests.' },
          retryAfterSeconds: { ...nonNegativeInteger, description: 'Retry-After on a 429. Default 1.' },
        },
      },
    },
    webhooks: {
      type: 'object',
      additionalProperties: false,
      description: 'Webhook delivery over HTTP.',
      properties: {
        retries: { ...nonNegativeInteger, description: 'Retries after a failed attempt. Default 5.' },
        backoffMs: {
          description: 'Wait before each retry in ms: a base that doubles, or a list (the last repeats).',
          oneOf: [nonNegativeInteger, { type: 'array', minItems: 1, items: nonNegativeInteger }],
        },
        timeoutMs: { type: 'integer', minimum: 1, description: 'Deadline of one attempt in ms. Default 10000.' },
      },
    },
    fixtures: {
      type: 'array',
      description: 'Objects present from the start and after every reset: entities, entity users, counterparts, ...',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['collection', 'data'],
        properties: {
          collection: {
            type: 'string',
            pattern: '^/',
            description: 'The collection path, concrete or a template with params: /entities, /counterparts.',
          },
          params: {
            type: 'object',
            additionalProperties: { type: 'string' },
            description: 'Path parameter values.',
          },
          entityId: { type: 'string', minLength: 1, description: 'The owning entity; partner-level when absent.' },
          partner: {
            type: 'string',
            minLength: 1,
            description:
              'For partner-level objects (entities, webhook subscriptions): the client id of their partner. Default: the first client.',
          },
          data: { type: 'object', description: 'The stored object; id and timestamps are generated when absent.' },
        },
      },
    },
  },
} as const;
