/**
 * monite-check-generated: exits 1 when the committed bundle or generated
 * files are not what the committed spec generates. Writes nothing, so it can
 * run before any generation (the first step of `pnpm test`).
 *
 * Usage: monite-check-generated [--spec-dir <dir>]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SPEC_DIR } from '../bundle-spec.js';
import { checkGenerated, formatFreshness } from '../generated-freshness.js';

const { values } = parseArgs({ options: { 'spec-dir': { type: 'string' } } });
const specDir = values['spec-dir'] ? resolve(process.env.INIT_CWD ?? process.cwd(), values['spec-dir']) : SPEC_DIR;

checkGenerated(specDir).then(
  (result) => {
    if (result.stale.length) console.error(formatFreshness(result));
    else console.log(formatFreshness(result));
    process.exit(result.stale.length ? 1 : 0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
