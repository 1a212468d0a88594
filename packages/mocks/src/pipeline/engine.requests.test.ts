// The pipeline's own answers: the request id every answer
// carries, the version echo, the cap on declared body lengths, empty and
// binary answers, event times, a mock with an empty client list.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMonite } from '../create-monite.js';
import { counterpartPayload, ENTITY, jsonHeaders, testClient, VERSION } from '../test/helpers.js';

const BASE = 'https://api.sandbox.monite.com/v1';

describe('engine rules', () => {
  it('numbers its answers mock-<8 hex digits> from 1, errors included, and starts again after a reset', async () => {
    const { monite, call } = testClient();
    const ids: (string | null)[] = [];
    for (let i = 0; i < 16; i++) {
      const path = i % 2 === 0 ? '/counterparts' : '/no/such/thing';
      ids.push((await call('GET', path)).headers.get('x-request-id'));
    }
    expect(ids.slice(0, 3)).toEqual(['mock-00000001', 'mock-00000002', 'mock-00000003']);
    expect(ids.slice(-2)).toEqual(['mock-0000000f', 'mock-00000010']);
    monite.reset();
    const token = monite.issueToken();
    expect((await call('GET', '/counterparts', { token })).headers.get('x-request-id')).toBe('mock-00000001');
  });

  it('echoes x-monite-version when sent, and sends none when the request had none', async () => {
    const { call } = testClient();
    expect(
      (await call('GET', '/counterparts', { headers: { 'x-monite-version': '2024-01-31' } })).headers.get(
        'x-monite-version',
      ),
    ).toBe('2024-01-31');
    const missing = await call('GET', '/counterparts', { headers: { 'x-monite-version': '' } });
    expect(missing.status).toBe(400);
    expect(missing.headers.has('x-monite-version')).toBe(false);
    const unknown = await call('GET', '/no/such/thing', { headers: { 'x-monite-version': '' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.has('x-monite-version')).toBe(false);
  });

  it('reads a body declared exactly as long as the cap, and refuses one byte more before reading it', async () => {
    const body = JSON.stringify(counterpartPayload);
    const { monite, token } = testClient({ maxBodyBytes: body.length });
    const post = (text: string) =>
      monite.fetch(
        new Request(`${BASE}/counterparts`, {
          method: 'POST',
          headers: { ...jsonHeaders(token), 'content-length': String(text.length) },
          body: text,
        }),
      );
    expect((await post(body)).status).toBe(201);
    const over = await post(`${body} `);
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({ error: { message: 'Request body is too large.' } });
  });

  it('refuses a body declared longer than the cap even when fewer bytes come', async () => {
    const { monite, token } = testClient({ maxBodyBytes: 1024 });
    const headers = { ...jsonHeaders(token), 'content-length': '4096' };
    const request = new Request(`${BASE}/counterparts`, {
      method: 'POST',
      headers,
      body: JSON.stringify(counterpartPayload),
    });
    expect((await monite.fetch(request)).status).toBe(413);
    expect(monite.list('/counterparts', ENTITY)).toEqual([]);
  });

  it('answers a delete with an empty 204, and a PDF preview as application/pdf bytes', async () => {
    const { monite, token, call } = testClient();
    const tag = (await call('POST', '/tags', { body: { name: 'gone' } })).body;
    const deleted = await monite.fetch(
      new Request(`${BASE}/tags/${tag.id}`, { method: 'DELETE', headers: jsonHeaders(token) }),
    );
    expect(deleted.status).toBe(204);
    expect(deleted.headers.has('content-type')).toBe(false);
    expect(await deleted.text()).toBe('');
    const template = monite.seedResource({
      collection: '/document_templates',
      entityId: ENTITY,
      data: { name: 'Invoice' },
    });
    const preview = await monite.fetch(
      new Request(`${BASE}/document_templates/${template.id}/preview`, { headers: jsonHeaders(token) }),
    );
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(await preview.arrayBuffer())).toMatch(/^%PDF-[\s\S]*\(Invoice [\s\S]*%%EOF\n$/);
    expect(preview.headers.get('x-request-id')).toMatch(/^mock-/);
  });

  it('answers a failure inside the mock (a body that breaks off while read) with a 500 that says so', async () => {
    const monite = createMonite();
    const body = new ReadableStream({
      pull(controller) {
        controller.error(new Error('the connection was cut'));
      },
    });
    const init = { method: 'POST', headers: jsonHeaders(monite.issueToken()), body, duplex: 'half' };
    const response = await monite.fetch(new Request(`${BASE}/counterparts`, init as RequestInit));
    expect(response.status).toBe(500);
    expect(response.headers.get('x-request-id')).toBe('mock-00000001');
    expect(await response.json()).toEqual({ error: { message: 'Mock failure: the connection was cut' } });
  });

  it("stamps events with the mock clock's time", async () => {
    const { monite, call } = testClient({ startTime: '2030-01-01T00:00:00Z' });
    monite.clock.advance(3_600_000);
    await call('POST', '/tags', { body: { name: 'later' } });
    const [event] = (await call('GET', '/events')).body.data;
    expect(event.created_at).toBe(new Date(monite.clock.now()).toISOString());
    expect(event.created_at.startsWith('2030-01-01T01:00')).toBe(true);
  });

  it('with an empty client list, acts as a sandbox with no configured clients', async () => {
    const monite = createMonite({ clients: [] });
    const token = monite.issueToken();
    const response = await monite.fetch(
      new Request(`${BASE}/entities`, { headers: { 'x-monite-version': VERSION, authorization: `Bearer ${token}` } }),
    );
    expect(response.status).toBe(200);
  });

  describe('with a real clock', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    const pastDue = { type: 'invoice', status: 'issued', due_date: '2020-01-01' };
    const status = (monite: ReturnType<typeof createMonite>, id: unknown) =>
      monite.list('/receivables', ENTITY).find((receivable) => receivable.id === id)?.status;

    it('applies what fell due before a request sees the state, at most once a minute', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.parse('2030-06-01T12:00:00Z'));
      const { monite, call } = testClient({ clock: 'real' });
      const first = monite.seedResource({ collection: '/receivables', entityId: ENTITY, data: pastDue });
      await call('GET', '/tags');
      expect(status(monite, first.id)).toBe('overdue');
      const second = monite.seedResource({ collection: '/receivables', entityId: ENTITY, data: pastDue });
      vi.setSystemTime(Date.parse('2030-06-01T12:01:00Z'));
      await call('GET', '/tags');
      expect(status(monite, second.id)).toBe('issued');
      vi.setSystemTime(Date.parse('2030-06-01T12:01:00.001Z'));
      await call('GET', '/tags');
      expect(status(monite, second.id)).toBe('overdue');
    });

    it('a fixed clock applies nothing by itself on a request', async () => {
      const { monite, call } = testClient();
      const invoice = monite.seedResource({ collection: '/receivables', entityId: ENTITY, data: pastDue });
      await call('GET', '/tags');
      expect(status(monite, invoice.id)).toBe('issued');
    });
  });
});
