/**
 * Turning a list of changes into a verdict (the bump the spec change needs)
 * and a report a reviewer can read in a CI log.
 */
import { BUMP_ORDER, maxBump, type Bump, type Change } from './model.js';

/** The bump the whole diff requires: the largest of its changes. */
export function requiredBump(changes: readonly Change[]): Bump {
  return changes.reduce<Bump>((acc, c) => maxBump(acc, c.bump), 'none');
}

const HEADINGS: Record<Bump, string> = {
  major: 'Breaking changes (major)',
  minor: 'Additions (minor)',
  patch: 'Documentation only (patch)',
  none: 'No effect',
};

/** Options of {@link formatReport}. */
export interface ReportOptions {
  /** Where the base spec came from, e.g. `git 3879a93:spec/dist/openapi.json`. */
  baseLabel: string;
  /** Where the head spec came from. */
  headLabel: string;
  /** At most this many operations are named per grouped change; the rest are counted. */
  maxOperationsPerLine?: number;
}

/**
 * A plain-text report: the verdict first, then changes grouped by severity.
 * A shared schema change shows up in every operation that uses it, so
 * identical messages are merged and list the operations they affect.
 */
export function formatReport(changes: readonly Change[], options: ReportOptions): string {
  const limit = options.maxOperationsPerLine ?? 3;
  const lines: string[] = [
    `Spec diff: ${options.baseLabel} -> ${options.headLabel}`,
    `Required bump: ${requiredBump(changes)} (${changes.length} change${changes.length === 1 ? '' : 's'})`,
  ];
  for (const bump of [...BUMP_ORDER].reverse()) {
    const group = changes.filter((c) => c.bump === bump);
    if (group.length === 0) continue;
    const merged = new Map<string, { change: Change; operations: string[] }>();
    for (const change of group) {
      // Operation-level messages already name their operation.
      const text = change.location === 'operation' ? change.message : `${change.location}: ${change.message}`;
      const key = `${change.kind}\u0000${text}`;
      const entry = merged.get(key) ?? { change, operations: [] };
      if (!entry.operations.includes(change.operation)) entry.operations.push(change.operation);
      merged.set(key, entry);
    }
    lines.push('', `${HEADINGS[bump]}: ${group.length}`);
    for (const [key, { change, operations }] of merged) {
      const text = key.split('\u0000')[1];
      if (change.location === 'operation') {
        lines.push(`  - [${change.kind}] ${text}`);
        continue;
      }
      const shown = operations.slice(0, limit).join(', ');
      const more = operations.length > limit ? ` and ${operations.length - limit} more` : '';
      lines.push(`  - [${change.kind}] ${text} (in ${shown}${more})`);
    }
  }
  return lines.join('\n');
}
