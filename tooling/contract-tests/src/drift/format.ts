import type { AllowlistEntry } from './allowlist.js';
import type { Difference } from './types.js';

function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** The JSON path of a difference inside its operation, dotted. */
export function differencePath(d: Pick<Difference, 'at'>): string {
  return d.at.length > 0 ? d.at.join('.') : '(operation)';
}

/**
 * One line per difference: `METHOD /path operationId json.path [kind] reference ... | spec ...`,
 * plus the reference schema it sits in when there is one.
 */
export function formatDifference(d: Difference): string {
  const where = d.referenceSchema
    ? `  (reference schema ${[d.referenceSchema.name, ...d.referenceSchema.at].join('.')})`
    : '';
  return `${d.method} ${d.path} ${d.operationId} ${differencePath(d)} [${d.kind}] reference ${show(d.reference)} | spec ${show(d.spec)}${where}`;
}

/**
 * A report of differences: first grouped by cause (a drift in a shared schema
 * shows up under every operation that reaches it), then every difference.
 */
export function formatReport(differences: Difference[]): string {
  const groups = new Map<string, Difference[]>();
  for (const d of differences) {
    const cause = d.referenceSchema
      ? `${[d.referenceSchema.name, ...d.referenceSchema.at].join('.')} [${d.kind}] reference ${show(d.reference)} | spec ${show(d.spec)}`
      : `${d.operationId} ${differencePath(d)} [${d.kind}] reference ${show(d.reference)} | spec ${show(d.spec)}`;
    const list = groups.get(cause) ?? [];
    list.push(d);
    groups.set(cause, list);
  }
  const summary = [...groups.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([cause, list]) => `  ${list.length} x ${cause}`);
  const lines = differences.map(formatDifference).sort();
  return [
    `${differences.length} unexplained difference(s) between the spec and the reference, in ${groups.size} group(s):`,
    ...summary,
    '',
    'Every difference:',
    ...lines.map((l) => `  ${l}`),
  ].join('\n');
}

/** Lists allowlist entries that explained nothing, so they can be removed. */
export function formatStale(entries: AllowlistEntry[]): string {
  return [
    `${entries.length} stale allowlist entr${entries.length === 1 ? 'y' : 'ies'} (explain no difference; remove or narrow them):`,
    ...entries.map((e) => `  operation ${e.operation} path ${e.path || "''"} [${e.kind}]: ${e.reason}`),
  ].join('\n');
}
