/** The HTTP server under requests fetch could never send: raw sockets, odd methods, endless uploads. */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../test/helpers.js';
import { type MockServer, startMockServer } from './node-server.js';

/** Sends raw bytes and resolves with the status line and headers of the first answer. */
function raw(server: MockServer, request: string, keepWriting?: (write: (chunk: string) => boolean) => void) {
  // `write` reports whether the socket is still open (not backpressure: the upload must keep coming).
  const { port } = new URL(server.url);
  return new Promise<{ status: number; head: string; body: string }>((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (data) => {
      received += data.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = received.slice(0, end);
      const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
      const body = received.slice(end + 4);
      if (body.length < length) return;
      socket.destroy();
      resolve({ status: Number(head.split(' ')[1]), head, body });
    });
    socket.on('error', reject);
    socket.write(request);
    keepWriting?.((chunk) => {
      if (socket.destroyed) return false;
      socket.write(chunk);
      return true;
    });
  });
}

describe('monite-mock under hostile requests', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, maxBodyBytes: 64 * 1024 });
  });
  afterAll(() => server.close());

  it('answers verbs Node cannot parse (FOO) 400 in Monite’s shape, with the standard headers', async () => {
    const answer = await raw(server, `FOO /counterparts HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: { message: 'Bad request.' } });
    expect(answer.head).toMatch(/x-request-id: mock-/i);
    expect(answer.head).toMatch(/ratelimit-limit: 30/i);
  });

  it('answers TRACE 405 with Monite’s body and the standard headers', async () => {
    for (const method of ['TRACE']) {
      const answer = await raw(
        server,
        `${method} /counterparts HTTP/1.1\r\nHost: x\r\nx-monite-version: ${VERSION}\r\n\r\n`,
      );
      expect(answer.status, method).toBe(405);
      expect(JSON.parse(answer.body)).toEqual({ error: { message: 'Method Not Allowed' } });
      expect(answer.head).toMatch(/x-request-id: mock-/i);
      expect(answer.head).toMatch(new RegExp(`x-monite-version: ${VERSION}`, 'i'));
    }
  });

  it('ignores a Host header it cannot parse', async () => {
    const answer = await raw(server, `GET /counterparts HTTP/1.1\r\nHost: [::bad\r\n\r\n`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toMatch(/x-monite-version/);
  });

  it('answers 413 to an upload past the cap before the upload ends, and keeps serving', async () => {
    const chunk = 'x'.repeat(16 * 1024);
    let sent = 0;
    const answer = await raw(
      server,
      'POST /counterparts HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n',
      (write) => {
        // An endless chunked upload: the server must answer without waiting for its end.
        const timer = setInterval(() => {
          sent += chunk.length;
          if (!write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`) || sent > 50 * 1024 * 1024) clearInterval(timer);
        }, 1);
      },
    );
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ error: { message: 'Request body is too large.' } });
    expect(answer.head).toMatch(/x-request-id: mock-/i);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
    const after = await fetch(`${server.url}/counterparts`, { headers: { 'x-monite-version': VERSION } });
    expect(after.status).toBe(401);
  });
});
