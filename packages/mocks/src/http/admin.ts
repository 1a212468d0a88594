/**
 * The admin surface of a local Monite, under `/_mock/` (a prefix no Monite
 * path can take): reset, the clock, state export and import, webhook
 * deliveries. It is the mock's own API, documented in its README and absent
 * from the Monite spec. The payment pages under the same prefix are answered
 * before it (`payment-page.ts`), since the msw handlers serve them too.
 */
import type { FileContent } from '../state/file-contents.js';

/**
 * What the admin surface drives: the parts of a running mock (`MoniteMock`)
 * it needs, named here so the facade that builds the mock and this module
 * need not import each other.
 */
export interface AdminTarget {
  reset(): void;
  readonly clock: { readonly mode: string; now(): number; advance(ms: number): unknown };
  readonly webhooks: { deliveries(): unknown[]; flush(): Promise<void> };
  exportState(): unknown;
  importState(snapshot: unknown): void;
  fileContent(fileId: string): FileContent | undefined;
}

/** The prefix of every admin path. */
export const ADMIN_PREFIX = '/_mock/';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses a duration: milliseconds as a number, or `<n><unit>` with unit ms, s, m, h or d (`30d`, `90m`). */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(value.trim());
  return match ? Number(match[1]) * (UNITS[match[2] as string] as number) : undefined;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function clockBody(monite: AdminTarget) {
  return { now: new Date(monite.clock.now()).toISOString(), mode: monite.clock.mode };
}

/** `GET /_mock/files/{file_id}`: the bytes of an uploaded file, with its media type and name. */
function fileDownload(monite: AdminTarget, fileId: string): Response {
  const file = monite.fileContent(decodeURIComponent(fileId));
  if (!file) return json(404, { error: { message: `File ${fileId} was not found.` } });
  return new Response(file.bytes as unknown as BodyInit, {
    status: 200,
    headers: {
      'content-type': file.mimetype,
      'content-length': String(file.bytes.byteLength),
      'content-disposition': `attachment; filename="${file.name.replace(/["\\\r\n]/g, '_')}"`,
    },
  });
}

/**
 * Answers an admin request; undefined when the path is not under `/_mock/`.
 *
 * - `GET /_mock/health`: `{"status":"ok"}` once the mock answers (a ready probe).
 * - `POST /_mock/reset`: the state right after start (fixtures reloaded).
 * - `GET /_mock/clock`; `POST /_mock/clock` `{"advance": "30d"}` or `{"advance_ms": 1000}`: moves time, applies what fell due.
 * - `GET /_mock/state`: the snapshot; `PUT /_mock/state` with a snapshot: replaces the state.
 * - `GET /_mock/webhooks`: deliveries with their attempts; `POST /_mock/webhooks/flush`: waits for queued deliveries.
 * - `GET /_mock/files/{file_id}`: an uploaded file's bytes, where its `url` points.
 */
export async function adminReply(monite: AdminTarget, request: Request): Promise<Response | undefined> {
  const path = new URL(request.url).pathname;
  if (!path.startsWith(ADMIN_PREFIX)) return undefined;
  const route = `${request.method} ${path.slice(ADMIN_PREFIX.length).replace(/\/$/, '')}`;
  if (route.startsWith('GET files/')) return fileDownload(monite, route.slice('GET files/'.length));
  switch (route) {
    case 'GET health':
      return json(200, { status: 'ok', clock: clockBody(monite) });
    case 'POST reset':
      monite.reset();
      return new Response(null, { status: 204 });
    case 'GET clock':
      return json(200, clockBody(monite));
    case 'POST clock': {
      const body = (await readJson(request)) as Record<string, unknown> | undefined;
      const ms = parseDuration(body?.advance_ms ?? body?.advance ?? 0);
      if (ms === undefined)
        return json(422, { error: { message: 'Send {"advance": "<n>ms|s|m|h|d"} or {"advance_ms": <n>}.' } });
      const effects = monite.clock.advance(ms);
      return json(200, { ...clockBody(monite), effects });
    }
    case 'GET state':
      return json(200, monite.exportState());
    case 'PUT state':
    case 'POST state': {
      try {
        monite.importState(await readJson(request));
      } catch (error) {
        return json(422, { error: { message: (error as Error).message } });
      }
      return new Response(null, { status: 204 });
    }
    case 'GET webhooks':
      return json(200, { data: monite.webhooks.deliveries() });
    case 'POST webhooks/flush':
      await monite.webhooks.flush();
      return json(200, { data: monite.webhooks.deliveries() });
    default:
      return json(404, { error: { message: `No admin endpoint ${route}.` } });
  }
}
