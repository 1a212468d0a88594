import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMonite } from '../create-monite.js';
import { operations } from '../generated/operations.js';
import { counterpartPayload, ENTITY, VERSION } from '../test/helpers.js';

const monite = createMonite({ seed: 'msw' });
const server = setupServer(...monite.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => monite.reset());
afterAll(() => server.close());

const headers = (token: string) => ({
  'x-monite-version': VERSION,
  authorization: `Bearer ${token}`,
  'x-monite-entity-id': ENTITY,
  'content-type': 'application/json',
});

describe('msw handlers (setupServer)', () => {
  it('has a handler per operation plus the payment pages and the 405 fallback', () => {
    expect(monite.handlers).toHaveLength(operations.length + 2);
  });

  it.each([
    'https://api.sandbox.monite.com/v1',
    'https://api.monite.com/v1',
    'https://us.api.monite.com/v1',
    'http://127.0.0.1:4010',
    'http://localhost:9999/v1',
  ])('answers on %s', async (base) => {
    const token = monite.issueToken();
    const created = await fetch(`${base}/counterparts`, {
      method: 'POST',
      headers: headers(token),
      body: JSON.stringify(counterpartPayload),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBeTruthy();
    expect(created.headers.get('x-monite-version')).toBe(VERSION);
    const { id } = await created.json();
    const read = await fetch(`${base}/counterparts/${id}`, { headers: headers(token) });
    expect((await read.json()).id).toBe(id);
  });

  it('routes literal paths before parameters', async () => {
    const token = monite.issueToken();
    const response = await fetch('https://api.monite.com/v1/payables/validations', {
      headers: { 'x-monite-version': VERSION, authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
  });

  it('leaves unknown paths unhandled, so onUnhandledRequest catches them', async () => {
    await expect(
      fetch('https://api.monite.com/v1/no_such_thing', { headers: { 'x-monite-version': VERSION } }),
    ).rejects.toThrow();
  });
});
