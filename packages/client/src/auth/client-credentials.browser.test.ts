import { describe, expect, it } from 'vitest';
import { createClientCredentialsSource } from './client-credentials.browser.js';

const endpoint = { baseUrl: 'http://x.test', version: '2024-05-25', fetch: async () => new Response(), retry: {} };

describe('client credentials in the browser build', () => {
  it('are refused with what to do instead, without quoting the secret', () => {
    const refuse = () =>
      createClientCredentialsSource(
        { clientId: 'id', clientSecret: 'browser-unit-secret' },
        endpoint as unknown as Parameters<typeof createClientCredentialsSource>[1],
      );
    expect(refuse).toThrow(TypeError);
    expect(refuse).toThrow(
      /refused in the browser build .*can be read by anyone.*POST \/auth\/token.*\{ token \} or \{ getToken \}/,
    );
    expect(refuse).not.toThrow(/browser-unit-secret/);
  });
});
