import { describe, expect, test } from 'vitest';
import { applyAllowlist, operationMatcher, parseAllowlist, pathMatcher, type AllowlistEntry } from './allowlist.js';
import { formatReport, formatStale } from './format.js';
import type { Difference } from './types.js';

describe('pathMatcher', () => {
  test.each([
    ['responses.429', 'responses.429', true],
    ['responses.429', 'responses.429.headers', false],
    ['responses.*.headers.x-request-id', 'responses.200.headers.x-request-id', true],
    ['responses.*.headers.x-request-id', 'responses.200.content.headers.x-request-id', false],
    ['responses.2??.headers.x', 'responses.201.headers.x', true],
    ['responses.2??.headers.x', 'responses.404.headers.x', false],
    ['responses.{4??,5??}.application/json', 'responses.500.application/json', true],
    ['responses.{4??,5??}.application/json', 'responses.200.application/json', false],
    ['headers.RateLimit-*', 'headers.RateLimit-Reset', true],
    ['**.properties.type', 'requestBody.application/json.properties.a.properties.type', true],
    ['**.properties.type', 'properties.type', true],
    ['', '', true],
    ['', 'summary', false],
  ])('%s vs %s', (pattern, path, expected) => {
    expect(pathMatcher(pattern)(path === '' ? [] : path.split('.'))).toBe(expected);
  });

  test('* does not run past a segment even when a name contains a dot', () => {
    expect(pathMatcher('properties.*')(['properties', 'a.b'])).toBe(true);
    expect(pathMatcher('properties.a')(['properties', 'a.b'])).toBe(false);
  });
});

describe('operationMatcher', () => {
  const op = { method: 'GET', path: '/audit_logs/{id}', operationId: 'get_audit_logs_id' };
  test.each([
    ['*', true],
    ['get_audit_logs_id', true],
    ['get_audit_logs', false],
    ['GET /audit_logs/{id}', true],
    ['GET /audit_logs{,/*}', true],
    ['POST /audit_logs/*', false],
  ])('%s', (pattern, expected) => {
    expect(operationMatcher(pattern)(op)).toBe(expected);
  });
});

describe('parseAllowlist', () => {
  test('reads entries', () => {
    const entries = parseAllowlist(
      `entries:\n  - match: { operation: '*', path: responses.429 }\n    kind: extra-response\n    reason: The API rate-limits every call.\n`,
    );
    expect(entries).toEqual([
      { operation: '*', path: 'responses.429', kind: 'extra-response', reason: 'The API rate-limits every call.' },
    ]);
  });

  test('rejects an entry without a reason, with an unknown kind or with unknown keys, naming each problem', () => {
    const text = `entries:\n  - match: { operation: '*', path: x }\n    kind: typo\n    reason: ''\n    note: 1\n`;
    expect(() => parseAllowlist(text)).toThrow(/entries\[0\]\.kind[\s\S]*entries\[0\]\.reason[\s\S]*unknown keys note/);
  });

  test('rejects a file without entries', () => {
    expect(() => parseAllowlist('allow: []')).toThrow(/entries/);
  });
});

describe('applyAllowlist', () => {
  const difference = (at: string, kind: Difference['kind']): Difference => ({
    method: 'GET',
    path: '/tags',
    operationId: 'get_tags',
    at: at.split('.'),
    kind,
    reference: undefined,
    spec: 'present',
  });
  const entry = (path: string, kind: AllowlistEntry['kind']): AllowlistEntry => ({
    operation: '*',
    path,
    kind,
    reason: 'a reason long enough',
  });

  test('explains only the matching kind at the matching path, counts, and reports stale entries', () => {
    const diffs = [
      difference('responses.429', 'extra-response'),
      difference('responses.418', 'extra-response'),
      difference('responses.429', 'missing-response'),
    ];
    const entries = [entry('responses.429', 'extra-response'), entry('responses.503', 'extra-response')];
    const outcome = applyAllowlist(diffs, entries);
    expect(outcome.unexplained).toEqual([diffs[1], diffs[2]]);
    expect(outcome.counts).toEqual([1, 0]);
    expect(outcome.stale).toEqual([entries[1]]);
    expect(formatStale(outcome.stale)).toContain('operation * path responses.503 [extra-response]');
  });

  test('the report lists every difference with its operation and path, grouped by cause', () => {
    const report = formatReport([difference('responses.418', 'extra-response'), difference('summary', 'summary')]);
    expect(report).toMatch(/^2 unexplained difference\(s\)/);
    expect(report).toContain('GET /tags get_tags responses.418 [extra-response]');
    expect(report).toContain('GET /tags get_tags summary [summary]');
  });
});
