import { describe, expect, it } from 'vitest';
import { combineBumps, findShortfalls, formatShortfalls, parseChangesetBumps, requiredPackageBumps } from './bumps.js';

describe('requiredPackageBumps', () => {
  it('sends a structural spec change to every derived package', () => {
    expect(requiredPackageBumps('major')).toEqual({
      '@monite-ts/spec': 'major',
      '@monite-ts/types': 'major',
      '@monite-ts/client': 'major',
      '@monite-ts/mocks': 'major',
    });
    expect(Object.values(requiredPackageBumps('minor'))).toEqual(['minor', 'minor', 'minor', 'minor']);
  });

  it('sends a description change only to the packages that carry descriptions', () => {
    expect(requiredPackageBumps('patch')).toEqual({ '@monite-ts/spec': 'patch', '@monite-ts/types': 'patch' });
  });

  it('requires nothing when the spec did not change', () => {
    expect(requiredPackageBumps('none')).toEqual({});
  });
});

describe('parseChangesetBumps and combineBumps', () => {
  const first = `---\n"@monite-ts/types": minor\n'@monite-ts/client': patch\n---\n\nAdd the e-invoicing operations.\n`;
  const second = `---\n"@monite-ts/types": patch\n"@monite-ts/mocks": major\n---\n\nDrop the legacy handler.\n`;

  it('reads the front matter of a changeset', () => {
    expect(parseChangesetBumps(first)).toEqual({ '@monite-ts/types': 'minor', '@monite-ts/client': 'patch' });
  });

  it('keeps the largest bump per package across changesets', () => {
    expect(combineBumps([parseChangesetBumps(first), parseChangesetBumps(second)])).toEqual({
      '@monite-ts/types': 'minor',
      '@monite-ts/client': 'patch',
      '@monite-ts/mocks': 'major',
    });
  });

  it('rejects a changeset without front matter', () => {
    expect(() => parseChangesetBumps('just words')).toThrow();
  });
});

describe('findShortfalls', () => {
  it('passes when every package asks for at least what is required', () => {
    const required = requiredPackageBumps('minor');
    const requested = {
      '@monite-ts/spec': 'minor',
      '@monite-ts/types': 'major',
      '@monite-ts/client': 'minor',
      '@monite-ts/mocks': 'minor',
    } as const;
    expect(findShortfalls(required, requested)).toEqual([]);
    expect(formatShortfalls([])).toMatch(/cover the spec change/);
  });

  it('fails for a smaller bump and for a missing package', () => {
    const shortfalls = findShortfalls(requiredPackageBumps('major'), {
      '@monite-ts/spec': 'major',
      '@monite-ts/types': 'minor',
      '@monite-ts/client': 'major',
    });
    expect(shortfalls).toEqual([
      { name: '@monite-ts/types', required: 'major', requested: 'minor' },
      { name: '@monite-ts/mocks', required: 'major', requested: 'none' },
    ]);
    expect(formatShortfalls(shortfalls)).toContain(
      '@monite-ts/mocks: changesets ask for none, the spec change requires major',
    );
  });
});
