// What the validation step reports: one issue per problem, never
// a second one about a body that could not be read; an optional body may be
// left out; with a pagination token the other query parameters are ignored.
import { describe, expect, it } from 'vitest';
import { jsonHeaders, testClient } from '../../test/helpers.js';

describe('request validation rules', () => {
  it('reports a body that cannot be read once, without validating what is not there', async () => {
    const { monite, token } = testClient();
    const post = async (body?: string) => {
      const response = await monite.fetch(
        new Request('https://api.sandbox.monite.com/v1/counterparts', {
          method: 'POST',
          headers: jsonHeaders(token),
          body,
        }),
      );
      return { status: response.status, body: await response.json() };
    };
    expect(await post('{"type":"organization"')).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body', 22], msg: 'JSON decode error', type: 'json_invalid' }] },
    });
    expect(await post()).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body'], msg: 'Field required', type: 'missing' }] },
    });
    expect(await post('   ')).toEqual({
      status: 422,
      body: { detail: [{ loc: ['body'], msg: 'Field required', type: 'missing' }] },
    });
  });

  it('accepts an optional body left out', async () => {
    const { monite, token, call } = testClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    await call('POST', `/payables/${payable.id}/submit_for_approval`);
    await call('POST', `/payables/${payable.id}/approve_payment_operation`);
    const paid = await monite.fetch(
      new Request(`https://api.sandbox.monite.com/v1/payables/${payable.id}/mark_as_paid`, {
        method: 'POST',
        headers: jsonHeaders(token),
      }),
    );
    expect(paid.status).toBe(200);
    expect(await paid.json()).toMatchObject({ id: payable.id, status: 'paid' });
  });

  it('with a pagination token, ignores the other query parameters, even invalid ones', async () => {
    const { call } = testClient();
    for (const name of ['t0', 't1', 't2']) await call('POST', '/tags', { body: { name } });
    const first = await call('GET', '/tags?limit=1');
    expect(first.body.data.map((tag: { name: string }) => tag.name)).toEqual(['t0']);
    const invalid = 'limit=abc&order=sideways';
    expect((await call('GET', `/tags?${invalid}`)).status).toBe(422);
    const next = await call('GET', `/tags?pagination_token=${first.body.next_pagination_token}&${invalid}`);
    expect(next.status).toBe(200);
    expect(next.body.data.map((tag: { name: string }) => tag.name)).toEqual(['t1']);
  });
});
