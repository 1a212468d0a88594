/**
 * Follows the root README's "Use it from your workspace" section verbatim:
 * every ```sh block marked `<!-- workspace-recipe: run -->` runs with bash, in
 * order, in a scratch git worktree of HEAD (the recipe adds a package and
 * changes the lockfile, which the checkout must not see). A README edit that
 * breaks the recipe fails CI here.
 *
 * Usage: pnpm --filter @monite-ts/release-checks readme-workspace [--keep]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeWorktree } from '../src/scratch.js';
import { repoRoot } from '../src/workspace.js';

const MARKER = '<!-- workspace-recipe: run -->';

/** The marked shell blocks of a markdown text, in order. */
export function recipeBlocks(markdown: string): string[] {
  const blocks: string[] = [];
  for (const part of markdown.split(MARKER).slice(1)) {
    const block = /^\s*```sh\n([\s\S]*?)\n```/.exec(part);
    if (!block) throw new Error(`${MARKER} must be followed by a \`\`\`sh block`);
    blocks.push(block[1]!);
  }
  return blocks;
}

const keep = process.argv.includes('--keep');
const blocks = recipeBlocks(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
if (blocks.length < 2) throw new Error(`README.md: expected the workspace recipe's blocks, found ${blocks.length}`);

const worktree = mkdtempSync(join(tmpdir(), 'monite-readme-workspace-'));
const run = (command: string, args: string[], cwd = worktree) => {
  console.log(`$ ${command} ${args.join(' ').split('\n')[0]}`);
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
};

let failed = false;
try {
  run('git', ['worktree', 'add', '--detach', worktree, 'HEAD'], repoRoot);
  // The state the README starts from: an installed checkout.
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']);
  for (const [i, block] of blocks.entries()) {
    console.log(`\n--- README workspace recipe, block ${i + 1} of ${blocks.length}:\n${block}\n---`);
    run('bash', ['-euo', 'pipefail', '-c', block]);
  }
  console.log('\nthe README workspace recipe ran as written');
} catch (error) {
  failed = true;
  console.error(`\nthe README workspace recipe failed: ${error instanceof Error ? error.message : error}`);
} finally {
  if (keep) console.log(`worktree kept at ${worktree}`);
  else {
    removeWorktree(worktree);
  }
}
process.exit(failed ? 1 : 0);
