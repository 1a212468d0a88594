/**
 * A typed client of the mock's admin surface (`/_mock/`), the same against a
 * running `monite-mock` (its URL) and an in-process mock (`monite.fetch`), so
 * a test suite can move between the two without changing its helpers.
 */
import type { TimeEffects } from '../domain/module.js';
import type { WebhookDelivery } from '../domain/webhooks/delivery.js';
import type { MockSnapshot } from '../pipeline/snapshot.js';

/** The mock's clock as the admin surface reports it. */
export interface AdminClock {
  /** The mock's time (ISO 8601). */
  now: string;
  /** `real` or `fixed`. */
  mode: string;
}

/** What a mock is reached through: its base URL, or anything with a fetch of `Request`s (an in-process `MoniteMock`). */
export type AdminTarget = string | URL | { fetch(request: Request): Promise<Response> };

/** An admin request the mock refused; the message is the mock's. */
export class MockAdminError extends Error {
  override name = 'MockAdminError';
  constructor(
    /** The HTTP status of the answer. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The typed admin client (see `createAdminClient`). */
export interface AdminClient {
  /** `GET /_mock/health`: resolves once the mock answers. */
  health(): Promise<{ status: 'ok'; clock: AdminClock }>;
  /** `POST /_mock/reset`: the state right after start, fixtures reloaded. */
  reset(): Promise<void>;
  /** The mock's clock. */
  readonly clock: {
    /** `GET /_mock/clock`. */
    get(): Promise<AdminClock>;
    /** `POST /_mock/clock`: moves time by ms or a duration (`'30d'`, `'90m'`) and applies what fell due. */
    advance(by: number | string): Promise<AdminClock & { effects: TimeEffects }>;
  };
  /** Webhook deliveries. */
  readonly webhooks: {
    /** `GET /_mock/webhooks`: every delivery with its attempts. */
    list(): Promise<WebhookDelivery[]>;
    /** `POST /_mock/webhooks/flush`: waits until no delivery is queued, then lists them. */
    flush(): Promise<WebhookDelivery[]>;
  };
  /** The whole state. */
  readonly state: {
    /** `GET /_mock/state`: a snapshot. */
    export(): Promise<MockSnapshot>;
    /** `PUT /_mock/state`: replaces the state with a snapshot. */
    import(snapshot: MockSnapshot): Promise<void>;
  };
}

/**
 * Creates an admin client for a mock reached by URL (`http://127.0.0.1:4010`,
 * with or without `/v1`) or in process (`createMonite()`).
 *
 * @example
 * const admin = createAdminClient(inject('moniteMockUrl')); // or createAdminClient(monite)
 * await admin.reset();
 * await admin.clock.advance('30d');
 */
export function createAdminClient(target: AdminTarget): AdminClient {
  const origin =
    typeof target === 'object' && 'fetch' in target ? 'http://monite.mock' : new URL(String(target)).origin;
  const send =
    typeof target === 'object' && 'fetch' in target ? (r: Request) => target.fetch(r) : (r: Request) => fetch(r);
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await send(
      new Request(`${origin}/_mock/${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    const text = await response.text();
    const parsed = text ? (JSON.parse(text) as unknown) : undefined;
    if (!response.ok) {
      const message = (parsed as { error?: { message?: string } } | undefined)?.error?.message;
      throw new MockAdminError(response.status, message ?? `${method} /_mock/${path} answered ${response.status}`);
    }
    return parsed;
  };
  return {
    health: async () => (await call('GET', 'health')) as { status: 'ok'; clock: AdminClock },
    reset: async () => {
      await call('POST', 'reset');
    },
    clock: {
      get: async () => (await call('GET', 'clock')) as AdminClock,
      advance: async (by) =>
        (await call('POST', 'clock', typeof by === 'number' ? { advance_ms: by } : { advance: by })) as AdminClock & {
          effects: TimeEffects;
        },
    },
    webhooks: {
      list: async () => ((await call('GET', 'webhooks')) as { data: WebhookDelivery[] }).data,
      flush: async () => ((await call('POST', 'webhooks/flush')) as { data: WebhookDelivery[] }).data,
    },
    state: {
      export: async () => (await call('GET', 'state')) as MockSnapshot,
      import: async (snapshot) => {
        await call('PUT', 'state', snapshot);
      },
    },
  };
}
