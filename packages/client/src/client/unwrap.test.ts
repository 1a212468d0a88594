import { describe, expect, it } from 'vitest';
import { createFakeFetch, json } from '../../test/fake-fetch.js';
import { createMoniteClient } from './create-client.js';
import {
  MoniteApiError,
  MoniteAuthError,
  MoniteBadRequestError,
  MoniteConflictError,
  MoniteError,
  MoniteNotFoundError,
  MonitePermissionError,
  MoniteRateLimitError,
  MoniteServerError,
  MoniteValidationError,
} from '../errors/errors.js';
import { toApiError, unwrap } from './unwrap.js';

const BASE = 'http://x.test';
const ID = '77777777-7777-4777-8777-777777777777';

function clientAnswering(response: () => Response) {
  const net = createFakeFetch(response);
  return createMoniteClient({ baseUrl: BASE, fetch: net.fetch, entityId: ID, retry: false });
}

describe('unwrap', () => {
  it('returns the data of a successful call', async () => {
    const monite = clientAnswering(() => json({ id: ID, type: 'organization' }));
    await expect(
      unwrap(monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: ID } } })),
    ).resolves.toEqual({
      id: ID,
      type: 'organization',
    });
  });

  it('resolves to undefined for 204', async () => {
    const monite = clientAnswering(() => new Response(null, { status: 204 }));
    await expect(
      unwrap(monite.DELETE('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: ID } } })),
    ).resolves.toBeUndefined();
  });

  it('throws MoniteNotFoundError with status, request id, Monite message, method and body', async () => {
    const body = { error: { message: 'Counterpart not found' } };
    const monite = clientAnswering(() => json(body, 404, { 'x-request-id': 'req-abc-123' }));
    const error = (await unwrap(
      monite.GET('/counterparts/{counterpart_id}', { params: { path: { counterpart_id: ID } } }),
    ).catch((e: unknown) => e)) as MoniteNotFoundError;
    expect(error).toBeInstanceOf(MoniteNotFoundError);
    expect(error).toBeInstanceOf(MoniteApiError);
    expect(error).toBeInstanceOf(MoniteError);
    expect(error).toMatchObject({ status: 404, kind: 'not-found', requestId: 'req-abc-123', body, method: 'GET' });
    expect(error.message).toBe(
      `Monite API 404 on GET /counterparts/${ID}: Counterpart not found (request id req-abc-123)`,
    );
    expect(error.name).toBe('MoniteNotFoundError');
  });

  it('exposes the 422 detail items', async () => {
    const detail = [
      { loc: ['body', 'address', 'country'], msg: 'Field required', type: 'missing' },
      { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' },
    ];
    const monite = clientAnswering(() => json({ detail }, 422));
    const error = (await unwrap(monite.POST('/counterparts', { body: {} as never })).catch(
      (e: unknown) => e,
    )) as MoniteValidationError;
    expect(error).toBeInstanceOf(MoniteValidationError);
    expect(error.kind).toBe('validation');
    expect(error.details).toEqual(detail);
    expect(error.message).toContain('body.address.country: Field required');
  });

  it.each([
    [400, MoniteBadRequestError, 'bad-request'],
    [401, MoniteAuthError, 'auth'],
    [403, MonitePermissionError, 'permission'],
    [405, MoniteBadRequestError, 'bad-request'],
    [409, MoniteConflictError, 'conflict'],
    [429, MoniteRateLimitError, 'rate-limit'],
    [500, MoniteServerError, 'server'],
    [503, MoniteServerError, 'server'],
  ] as const)('maps %i to %s', async (status, type, kind) => {
    const monite = clientAnswering(() => json({ error: { message: 'nope' } }, status));
    const error = await unwrap(monite.GET('/counterparts')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as MoniteApiError).kind).toBe(kind);
    expect((error as MoniteApiError).status).toBe(status);
  });

  it('keeps a non-JSON error body as text', async () => {
    const monite = clientAnswering(() => new Response('Bad gateway', { status: 502 }));
    const error = (await unwrap(monite.GET('/counterparts')).catch((e: unknown) => e)) as MoniteServerError;
    expect(error.body).toBe('Bad gateway');
    expect(error.message).toContain('Bad gateway');
  });

  it('toApiError converts a result that was handled by hand', async () => {
    const monite = clientAnswering(() => json({ error: { message: 'Conflict: already exists' } }, 409));
    const result = await monite.GET('/counterparts');
    expect(result.error).toBeDefined();
    expect(toApiError(result)).toBeInstanceOf(MoniteConflictError);
  });
});
