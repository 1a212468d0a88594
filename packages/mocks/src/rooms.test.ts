/**
 * The rooms of the mock and what each may import (docs/architecture.md): a
 * lower room importing a higher one would tangle the layers back together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));

const ALLOWED: Record<string, string[]> = {
  schema: [],
  operations: ['generated'],
  domain: [],
  state: ['domain', 'schema', 'operations'],
  pipeline: [
    'state',
    'domain',
    'schema',
    'operations',
    'generated',
    'http/request-body',
    'http/request-headers',
    'http/responses',
  ],
  // The Node server builds its mock from options through the facade.
  http: ['create-monite', 'pipeline', 'domain', 'operations', 'schema'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** Every relative import of a room's non-test files that leaves the room, as `room/file` (without extension). */
function importsLeaving(room: string): { file: string; target: string }[] {
  const found: { file: string; target: string }[] = [];
  for (const file of sourceFiles(join(src, room))) {
    const text = readFileSync(file, 'utf8');
    for (const [, spec] of text.matchAll(/from\s+'(\.[^']+)'/g)) {
      const target = relative(src, resolve(dirname(file), spec!)).replace(/\.js$/, '');
      if (!target.startsWith(`${room}/`)) found.push({ file: relative(src, file), target });
    }
  }
  return found;
}

describe('rooms', () => {
  test.each(Object.keys(ALLOWED))('%s imports only from the rooms below it', (room) => {
    const allowed = ALLOWED[room]!;
    const violations = importsLeaving(room).filter(
      ({ target }) => !allowed.some((a) => target === a || target.startsWith(`${a}/`)),
    );
    expect(violations).toEqual([]);
  });

  test('the check sees imports (schema/ walks its own modules)', () => {
    // Guards the test above against passing vacuously on a wrong path or pattern.
    expect(sourceFiles(join(src, 'schema')).length).toBeGreaterThan(3);
    expect(importsLeaving('state').length).toBeGreaterThan(3);
  });
});
