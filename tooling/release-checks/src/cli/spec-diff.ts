/**
 * monite-spec-diff: compares the bundled spec with the last release (or a
 * given ref), prints the classified changes, and with --check-changesets
 * fails when the pending changesets ask for less than the change requires.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import getReleasePlan from '@changesets/get-release-plan';
import { bundleSpec } from '../bundle-spec.js';
import { findShortfalls, formatShortfalls, requiredPackageBumps } from '../changesets/bumps.js';
import { findBaseRef, readSpecAtRef } from '../git.js';
import { diffSpecs } from '../spec-diff/diff-specs.js';
import type { Bump, OpenApiDocument } from '../spec-diff/model.js';
import { formatReport, requiredBump } from '../spec-diff/report.js';
import { BUNDLED_SPEC, repoRoot } from '../workspace.js';

const USAGE = `Usage: monite-spec-diff [--base <git ref>] [--head <file>] [--check-changesets] [--json]

  --base <ref>          git ref holding the baseline spec (default: the last commit
                        that changed a published package version; before the first
                        release the merge base with the default branch, or HEAD on
                        it; HEAD~1 with --check-changesets)
  --head <file>         spec to compare (default: the working tree's spec/ sources,
                        bundled now, so edits count before \`pnpm generate\`)
  --check-changesets    exit 1 when pending changesets ask for a smaller bump than
                        the spec change requires
  --json                print the changes as JSON instead of the report`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      'check-changesets': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const base = values.base
    ? { ref: values.base, reason: 'given with --base' }
    : findBaseRef(repoRoot, { beforeFirstRelease: values['check-changesets'] ? 'previous-commit' : 'merge-base' });
  // pnpm --filter runs scripts in the package folder; a relative --head means
  // what the caller typed it relative to, which INIT_CWD preserves.
  const headPath = values.head ? resolve(process.env.INIT_CWD ?? process.cwd(), values.head) : await bundleSpec();
  const head = JSON.parse(readFileSync(headPath, 'utf8')) as OpenApiDocument;
  const baseSpec = readSpecAtRef(base.ref);
  // A ref without a bundled spec predates the spec: every operation is new.
  const changes = diffSpecs(baseSpec ?? { paths: {} }, head);
  const bump = requiredBump(changes);

  if (values.json) {
    console.log(JSON.stringify({ base, head: headPath, requiredBump: bump, changes }, null, 2));
  } else {
    console.log(
      `Base: ${base.ref} (${base.reason})${baseSpec ? '' : ` - no ${BUNDLED_SPEC} there, treating it as empty`}`,
    );
    const headLabel = values.head ? headPath : 'the working tree (spec/ bundled now)';
    console.log(formatReport(changes, { baseLabel: `${base.ref}:${BUNDLED_SPEC}`, headLabel }));
  }

  if (!values['check-changesets']) return 0;
  const required = requiredPackageBumps(bump);
  const plan = await getReleasePlan(repoRoot);
  const requested: Record<string, Bump> = Object.fromEntries(plan.releases.map((r) => [r.name, r.type as Bump]));
  console.log('');
  console.log(
    `Pending changesets: ${plan.changesets.length}; planned releases: ${plan.releases.map((r) => `${r.name}@${r.newVersion} (${r.type})`).join(', ') || 'none'}`,
  );
  console.log(
    `Required by the spec change: ${
      Object.entries(required)
        .map(([n, b]) => `${n} ${b}`)
        .join(', ') || 'nothing'
    }`,
  );
  const shortfalls = findShortfalls(required, requested);
  console.log(formatShortfalls(shortfalls));
  return shortfalls.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
