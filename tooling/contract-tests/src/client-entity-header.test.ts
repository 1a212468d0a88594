// The client's entity scoping agrees with the spec for EVERY operation: a
// client configured with an entity sends `x-monite-entity-id` exactly to the
// operations that declare that header, and leaves it off the partner-level
// ones. The built client decides this from a compact generated pattern, not
// from the spec; this is the test that the two never drift apart.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMoniteClient, type MoniteHttpMethod } from '@monite-ts/client';
import { API_METHODS, describeOperation, listOperations } from '@monite-ts/openapi-model';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@monite-ts/spec/openapi.json'), 'utf8'));
const ENTITY = '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('the client sends the entity header where the spec declares it', () => {
  it('for all operations of the bundled spec', async () => {
    const seen: Array<{ key: string; declared: boolean; sent: boolean }> = [];
    let lastHeader: string | null = null;
    const monite = createMoniteClient({
      baseUrl: 'http://entity-header.test',
      entityId: ENTITY,
      retry: false,
      fetch: async (request) => {
        lastHeader = request.headers.get('x-monite-entity-id');
        return new Response(null, { status: 204 });
      },
    });
    const call = monite as unknown as Record<
      string,
      (path: string, init: { params: { path: Record<string, string> } }) => Promise<unknown>
    >;
    const operations = listOperations(spec, { methods: API_METHODS });
    for (const { method, path } of operations) {
      const names = Array.from(path.matchAll(/\{([^{}]+)\}/g), (match) => match[1] as string);
      lastHeader = null;
      await call[method.toUpperCase() as Uppercase<MoniteHttpMethod>]!(path, {
        params: { path: Object.fromEntries(names.map((name) => [name, 'x1'])) },
      });
      const declared = describeOperation(spec, method, path).entityScoped;
      seen.push({ key: `${method.toUpperCase()} ${path}`, declared, sent: lastHeader === ENTITY });
    }
    expect(seen).toHaveLength(376);
    expect(seen.filter((s) => s.declared !== s.sent)).toEqual([]);
    // Both kinds occur, so the comparison above is not vacuous.
    expect(seen.filter((s) => !s.declared).length).toBeGreaterThan(50);
    expect(seen.filter((s) => s.declared).length).toBeGreaterThan(250);
  });
});
