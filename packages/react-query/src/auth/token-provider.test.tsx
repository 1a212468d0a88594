// Browsers never hold a client secret: the app's backend mints a token and
// the client asks for it through `auth.getToken`. When Monite answers 401
// the client asks again with `forceRefresh` and repeats the call once.
import { unwrap } from '@monite-ts/client';
import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, counterpartBody, hooksFor, startMonite } from '../test/harness.js';

const { monite, stop } = startMonite();
afterAll(() => stop());

describe('token provider auth', () => {
  let counterpartId = '';
  beforeAll(async () => {
    counterpartId = (await unwrap(clientFor(monite).POST('/counterparts', { body: counterpartBody('Token AG') }))).id;
  });

  it('refreshes the token on 401 and the query succeeds', async () => {
    const asked: boolean[] = [];
    // The backend's answer: first a token Monite no longer accepts, then a fresh one.
    const getToken = async ({ forceRefresh }: { forceRefresh: boolean }) => {
      asked.push(forceRefresh);
      return forceRefresh ? monite.issueToken() : 'revoked-token';
    };
    const { $api, wrapper } = hooksFor(clientFor(monite, { getToken }));
    const { result } = renderHook(
      () =>
        $api.useQuery('get', '/counterparts/{counterpart_id}', { params: { path: { counterpart_id: counterpartId } } }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.id).toBe(counterpartId);
    expect(asked).toEqual([false, true]);
  });

  it('fails with MoniteAuthError when the refreshed token is refused too', async () => {
    const { $api, wrapper } = hooksFor(clientFor(monite, { getToken: () => 'never-valid' }));
    const { result } = renderHook(() => $api.useQuery('get', '/counterparts'), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.name).toBe('MoniteAuthError');
    expect(result.current.error?.message).not.toContain('never-valid');
  });
});
