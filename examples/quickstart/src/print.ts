// Console output of the quickstart: one numbered step per flow, with the
// fields a person wants to see (ids, amounts, statuses).

let step = 0;

/** Prints a numbered flow heading and the selected fields of its result. */
export function printStep(title: string, fields: Record<string, unknown>): void {
  step += 1;
  console.log(`\n${step}. ${title}`);
  for (const [key, value] of Object.entries(fields)) {
    console.log(`   ${key.padEnd(22)} ${format(value)}`);
  }
}

/** Formats an amount in minor units as a decimal with its currency. */
export function money(minor: number | null | undefined, currency: string | null | undefined): string {
  if (minor == null) return '-';
  return `${(minor / 100).toFixed(2)} ${currency ?? ''}`.trim();
}

function format(value: unknown): string {
  if (value === undefined || value === null) return '-';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
