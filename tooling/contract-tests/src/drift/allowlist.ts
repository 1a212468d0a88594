import { parse } from 'yaml';
import { isObject } from '@monite-ts/openapi-model';
import { DIFFERENCE_KINDS, type Difference, type DifferenceKind } from './types.js';

/** One intended difference between the spec and the reference. */
export interface AllowlistEntry {
  /**
   * Which operations: an operationId or `METHOD /path`, where `*` matches any
   * run of characters and `{a,b}` either alternative (braces without a comma,
   * as in `{tag_id}`, are literal); `*` alone matches every operation.
   */
  operation: string;
  /**
   * Where in the operation: a dotted JSON path pattern. `*` matches within one
   * segment, `?` one character, `{a,b}` either alternative, and a `**`
   * segment any number of segments (including none).
   */
  path: string;
  /** The one kind of difference the entry explains. */
  kind: DifferenceKind;
  /** Why the spec differs from the reference here. Required: an unexplained exception is a bug. */
  reason: string;
}

/**
 * Parses and validates `spec/drift-allowlist.yaml`:
 * `entries: [{ match: { operation, path }, kind, reason }]`.
 * Throws with every problem listed, so a malformed entry cannot quietly match nothing or everything.
 */
export function parseAllowlist(text: string): AllowlistEntry[] {
  const document: unknown = parse(text);
  if (!isObject(document) || !Array.isArray(document.entries))
    throw new Error('drift allowlist: expected a top-level `entries` list');
  const problems: string[] = [];
  const entries: AllowlistEntry[] = [];
  document.entries.forEach((raw: unknown, index: number) => {
    const where = `entries[${index}]`;
    if (!isObject(raw) || !isObject(raw.match)) {
      problems.push(`${where}: expected { match: { operation, path }, kind, reason }`);
      return;
    }
    const { operation, path } = raw.match;
    const { kind, reason } = raw;
    if (typeof operation !== 'string' || operation === '')
      problems.push(`${where}.match.operation: a non-empty string`);
    if (typeof path !== 'string') problems.push(`${where}.match.path: a string ('' for the operation itself)`);
    if (typeof kind !== 'string' || !(DIFFERENCE_KINDS as readonly string[]).includes(kind)) {
      problems.push(`${where}.kind: one of ${DIFFERENCE_KINDS.join(', ')}`);
    }
    if (typeof reason !== 'string' || reason.trim().length < 10)
      problems.push(`${where}.reason: say why (at least a sentence)`);
    const unknown = Object.keys(raw).filter((k) => !['match', 'kind', 'reason'].includes(k));
    if (unknown.length > 0) problems.push(`${where}: unknown keys ${unknown.join(', ')}`);
    if (problems.length === 0)
      entries.push({
        operation: operation as string,
        path: path as string,
        kind: kind as DifferenceKind,
        reason: reason as string,
      });
  });
  if (problems.length > 0) throw new Error(`drift allowlist is invalid:\n  ${problems.join('\n  ')}`);
  return entries;
}

function escapeRegex(text: string): string {
  return text.replace(/[.+^$()|[\]\\/]/g, '\\$&');
}

/** Translates a glob to a regex source; `anyChar` is what `*` and `?` may consume. */
function globToRegex(glob: string, anyChar: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i]!;
    if (c === '*') out += `${anyChar}*`;
    else if (c === '?') out += anyChar;
    else if (c === '{' && glob.indexOf('}', i) > glob.indexOf(',', i) && glob.indexOf(',', i) > i) {
      // Only a brace group with a comma is a choice: `{tag_id}` in a path template is literal.
      const end = glob.indexOf('}', i);
      out += `(?:${glob
        .slice(i + 1, end)
        .split(',')
        .map((alt) => globToRegex(alt, anyChar))
        .join('|')})`;
      i = end;
    } else out += escapeRegex(c);
  }
  return out;
}

/** Compiles an operation pattern; it is tried against the operationId and `METHOD /path`. */
export function operationMatcher(pattern: string): (d: Pick<Difference, 'method' | 'path' | 'operationId'>) => boolean {
  const regex = new RegExp(`^${globToRegex(pattern, '.')}$`);
  return (d) => regex.test(d.operationId) || regex.test(`${d.method} ${d.path}`);
}

/** Compiles a JSON path pattern (see {@link AllowlistEntry.path}) against path segments. */
export function pathMatcher(pattern: string): (at: string[]) => boolean {
  if (pattern === '') return (at) => at.length === 0;
  // Each segment of the subject ends with a newline, which no segment contains,
  // so `*` stays within a segment even when a name itself contains a dot.
  const parts = pattern
    .split('.')
    .map((segment) => (segment === '**' ? '(?:[^\\n]*\\n)*' : `${globToRegex(segment, '[^\\n]')}\\n`));
  const regex = new RegExp(`^${parts.join('')}$`);
  return (at) => regex.test(at.map((segment) => `${segment}\n`).join(''));
}

/** What applying the allowlist leaves. */
export interface AllowlistOutcome {
  /** Differences no entry explains: drift. */
  unexplained: Difference[];
  /** How many differences each entry explained, in entry order. */
  counts: number[];
  /** Entries that explained nothing: stale, to be removed. */
  stale: AllowlistEntry[];
}

/** Splits differences into explained and unexplained ones, and finds stale entries. */
export function applyAllowlist(differences: Difference[], entries: AllowlistEntry[]): AllowlistOutcome {
  const compiled = entries.map((entry) => ({
    entry,
    op: operationMatcher(entry.operation),
    at: pathMatcher(entry.path),
  }));
  const counts = entries.map(() => 0);
  const unexplained: Difference[] = [];
  for (const d of differences) {
    let explained = false;
    compiled.forEach(({ entry, op, at }, index) => {
      if (entry.kind === d.kind && op(d) && at(d.at)) {
        counts[index]! += 1;
        explained = true;
      }
    });
    if (!explained) unexplained.push(d);
  }
  return { unexplained, counts, stale: entries.filter((_, i) => counts[i] === 0) };
}
