/**
 * Finding the spec of the last release in git. A release is the commit where
 * `changeset version` moved a published package's version, so that commit's
 * bundled spec is what users have installed.
 */
import { execFileSync } from 'node:child_process';
import { BUNDLED_SPEC, PUBLISHED_MANIFESTS, repoRoot } from './workspace.js';

function git(args: string[], cwd = repoRoot): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The contents of a file at a ref, or undefined when it didn't exist there. */
export function showFile(ref: string, path: string, cwd = repoRoot): string | undefined {
  try {
    return git(['show', `${ref}:${path}`], cwd);
  } catch {
    return undefined;
  }
}

function versionAt(ref: string, manifest: string, cwd: string): string | undefined {
  const text = showFile(ref, manifest, cwd);
  if (!text) return undefined;
  try {
    return (JSON.parse(text) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** How the base ref was chosen, for the report. */
export interface BaseRef {
  ref: string;
  reason: string;
}

/**
 * The default base: the newest commit that changed the version of a
 * published package (the commit where a package first appears doesn't count:
 * nothing was released then), else HEAD~1, else HEAD for a one-commit repo.
 */
export function findBaseRef(cwd = repoRoot): BaseRef {
  const commits = git(['log', '--format=%H', '--', ...PUBLISHED_MANIFESTS], cwd)
    .split('\n')
    .filter(Boolean);
  for (const commit of commits) {
    for (const manifest of PUBLISHED_MANIFESTS) {
      const before = versionAt(`${commit}^`, manifest, cwd);
      const after = versionAt(commit, manifest, cwd);
      if (before !== undefined && after !== undefined && before !== after) {
        return { ref: commit.slice(0, 12), reason: `last release: ${manifest} ${before} -> ${after}` };
      }
    }
  }
  try {
    git(['rev-parse', '--verify', '--quiet', 'HEAD~1'], cwd);
    return { ref: 'HEAD~1', reason: 'no release commit yet; comparing with the previous commit' };
  } catch {
    return { ref: 'HEAD', reason: 'no release commit and no previous commit' };
  }
}

/** The bundled spec at a ref, parsed; undefined when the ref has none. */
export function readSpecAtRef(ref: string, cwd = repoRoot): Record<string, unknown> | undefined {
  const text = showFile(ref, BUNDLED_SPEC, cwd);
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
}
