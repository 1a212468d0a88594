// Tokens and secrets stay out of every error the client
// builds, and a token that cannot be sent is a configuration error.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createMoniteClient } from '../../src/client/create-client.js';
import { MoniteBadRequestError } from '../../src/errors/errors.js';
import { unwrap } from '../../src/client/unwrap.js';
import { sendJson, startServer, type TestServer } from './server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const BROKEN_TOKEN = 'live-token-1234\r\nx-evil: 1';

describe('a token with CR/LF', () => {
  it('is refused at construction as { token }, without quoting it', () => {
    const error = (() => {
      try {
        createMoniteClient({ baseUrl: 'http://127.0.0.1:9', auth: { token: BROKEN_TOKEN } });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect(error!.message).toContain('auth.token');
    expect(error!.message).not.toContain('live-token-1234');
  });

  it('from a token function fails the call once, unretried, with nothing sent and the token not shown', async () => {
    server = await startServer((_, res) => sendJson(res, { data: [] }));
    let asked = 0;
    const monite = createMoniteClient({
      baseUrl: server.url,
      auth: {
        getToken: () => {
          asked += 1;
          return BROKEN_TOKEN;
        },
      },
      retry: { maxRetries: 3, initialDelayMs: 1 },
    });
    const error = (await monite.GET('/counterparts').catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(TypeError);
    expect(`${error.message} ${error.stack} ${inspect(error)}`).not.toContain('live-token-1234');
    expect(asked).toBe(1);
    expect(server.requests).toHaveLength(0);
  });
});

describe('error texts', () => {
  it("redact a quoted Bearer token, a whsec_ secret and the client secret from unwrap's error", async () => {
    const clientSecret = 'cs_live_0123456789abcdef';
    const quoted = `Rejected Authorization: Bearer eyJhbGciOi.payload.sig for client_secret=${clientSecret}; webhook secret whsec_AbCdEf0123456789`;
    server = await startServer((req, res) => {
      if (req.target === '/auth/token')
        return sendJson(res, { access_token: 'eyJhbGciOi.payload.sig', expires_in: 3600 });
      sendJson(res, { error: { message: quoted }, detail: [{ msg: quoted, loc: ['header'], type: 'x' }] }, 400);
    });
    const monite = createMoniteClient({
      baseUrl: server.url,
      auth: { clientId: '44444444-4444-4444-8444-444444444444', clientSecret },
    });
    const error = (await unwrap(monite.GET('/counterparts')).catch((e: unknown) => e)) as MoniteBadRequestError;
    expect(error).toBeInstanceOf(MoniteBadRequestError);
    const texts = `${error.message}\n${error.stack}\n${JSON.stringify(error.body)}\n${inspect(error, { depth: 10 })}`;
    for (const secret of ['eyJhbGciOi', clientSecret, 'AbCdEf0123456789']) expect(texts).not.toContain(secret);
    expect(error.message).toContain('Bearer [redacted]');
    expect(error.message).toContain('whsec_[redacted]');
  });
});
