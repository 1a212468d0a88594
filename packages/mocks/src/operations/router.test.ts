import { describe, expect, test } from 'vitest';
import { findRoute } from './router.js';

describe('findRoute', () => {
  test('finds the operation of a method and path, with decoded path parameters', () => {
    const found = findRoute('get', '/v1/counterparts/a%20b');
    expect(found && 'route' in found && found.route.operation.operationId).toBe('get_counterparts_id');
    expect(found && 'params' in found && found.params).toEqual({ counterpart_id: 'a b' });
  });
  test('a fixed segment wins over a parameter in the same place', () => {
    const found = findRoute('GET', '/payables/analytics');
    expect(found && 'route' in found && found.route.operation.path).toBe('/payables/analytics');
  });
  test('a known path with another method is methodNotAllowed; an unknown path is undefined', () => {
    expect(findRoute('PUT', '/counterparts')).toEqual({ methodNotAllowed: true, allow: ['GET', 'POST'] });
    expect(findRoute('GET', '/no/such/path')).toBeUndefined();
  });
  test('a path parameter that is not valid percent-encoding is malformed, not an exception', () => {
    expect(findRoute('GET', '/counterparts/%E0%A4%A')).toEqual({ malformed: true });
  });
});
