// Every operation of the bundled spec has a mock handler: the operation table
// agrees with the spec, and a request to each operation is answered by the
// msw handlers (not left unhandled, not refused as an unknown method).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createMonite, operations } from '@monite-ts/mocks';
import { API_METHODS } from '@monite-ts/openapi-model';
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@monite-ts/spec/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { operationId: string }>>;
};
const specOperations = Object.entries(spec.paths).flatMap(([path, item]) =>
  API_METHODS.filter((m) => item[m]).map((method) => ({
    method: method.toUpperCase(),
    path,
    operationId: item[method]!.operationId,
  })),
);

describe('mock coverage', () => {
  it('has an operation table row for every operation of the bundled spec, and no other', () => {
    const key = (o: { method: string; path: string; operationId: string }) => `${o.method} ${o.path} ${o.operationId}`;
    expect(operations.map(key).sort()).toEqual(specOperations.map(key).sort());
    console.log(`mock coverage: ${operations.length} of ${specOperations.length} operations have a handler`);
  });

  const monite = createMonite();
  it.each(specOperations)('$method $path is handled', async ({ method, path }) => {
    const concrete = path.replace(/\{[^}]+\}/g, '3fa85f64-5717-4562-b3fc-2c963f66afa6');
    // No version header: a handled operation answers 400 missing_api_version before anything else.
    const response = await getResponse(
      monite.handlers,
      new Request(`https://api.sandbox.monite.com/v1${concrete}`, { method }),
    );
    expect(response, `${method} ${path} has no handler`).toBeDefined();
    expect(response!.status).toBe(400);
    expect((await response!.json()).error.type).toBe('missing_api_version');
  });
});
