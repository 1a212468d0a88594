// Prints benchmark results as aligned tables, so every benchmark reports the
// same way: figures, and a ratio against the baseline measured in the same run.

/** One row of a benchmark table: a label and its figures. */
export type Row = Record<string, string | number>;

/** Prints a titled table; numbers are rounded for reading, not for maths. */
export function printTable(title: string, rows: Row[]): void {
  console.log(`\n## ${title}\n`);
  if (rows.length === 0) {
    console.log('(no rows)');
    return;
  }
  const columns = Object.keys(rows[0]!);
  const cells = rows.map((row) => columns.map((c) => formatCell(row[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(columns));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of cells) console.log(line(row));
}

/** The ratio of a figure to its baseline, as `1.00x`. */
export function ratio(value: number, baseline: number): string {
  if (baseline === 0) return 'n/a';
  const r = value / baseline;
  // Small ratios keep their digits: 39 instantiations against 40,000 is not "0.00x".
  return `${r !== 0 && Math.abs(r) < 0.01 ? r.toFixed(4) : r.toFixed(2)}x`;
}

/** The median of a non-empty list of samples. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function formatCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toFixed(value < 10 ? 3 : 1);
}
