// tsc's own account of a program's cost: `--extendedDiagnostics` read into
// figures, the median of a few runs, for the type-check benchmarks.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { median } from './table.js';

const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
/** Runs per figure: instantiations do not vary between runs, times do. */
export const RUNS = 3;

/** What tsc --extendedDiagnostics reports for a program. */
export interface Diagnostics {
  errors: number;
  seconds: number;
  checkSeconds: number;
  instantiations: number;
  types: number;
  memoryMb: number;
}

/** Runs tsc with extended diagnostics and reads its figures. */
function diagnose(project: string): Diagnostics {
  // tsc exits non-zero on type errors but still prints its figures; the
  // errors are counted so a broken program is visible in the table.
  const out = spawnSync(process.execPath, [tsc, '--noEmit', '--extendedDiagnostics', '-p', project], {
    encoding: 'utf8',
  }).stdout;
  const figure = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1] ?? NaN);
  return {
    errors: (out.match(/error TS\d+/g) ?? []).length,
    seconds: figure('Total time'),
    checkSeconds: figure('Check time'),
    instantiations: figure('Instantiations'),
    types: figure('Types'),
    memoryMb: figure('Memory used') / 1024,
  };
}

/** Medians of several tsc runs (instantiations do not vary; time does). */
export function measure(project: string): Diagnostics {
  const runs = Array.from({ length: RUNS }, () => diagnose(project));
  return {
    errors: runs[0]!.errors,
    seconds: median(runs.map((r) => r.seconds)),
    checkSeconds: median(runs.map((r) => r.checkSeconds)),
    instantiations: runs[0]!.instantiations,
    types: runs[0]!.types,
    memoryMb: median(runs.map((r) => r.memoryMb)),
  };
}
