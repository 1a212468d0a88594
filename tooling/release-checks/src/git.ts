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

/** Where to compare when nothing has been released yet. */
export interface BaseRefOptions {
  /**
   * `merge-base` (the report's default): the merge base with the default
   * branch, so a branch's report covers the whole branch; on the default
   * branch itself HEAD, so the report shows the uncommitted edits.
   * `previous-commit` (the changeset check's): HEAD~1, the commit being checked.
   */
  beforeFirstRelease?: 'merge-base' | 'previous-commit';
}

/** The default branch's ref: origin's HEAD when cloned, else a local main or master. */
export function defaultBranch(cwd = repoRoot): string | undefined {
  try {
    return git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], cwd).trim();
  } catch {
    // Not cloned, or origin without a HEAD: fall through to local names.
  }
  for (const name of ['main', 'master']) {
    try {
      git(['rev-parse', '--verify', '--quiet', `refs/heads/${name}`], cwd);
      return name;
    } catch {
      // Try the next name.
    }
  }
  return undefined;
}

/**
 * The default base: the newest commit that changed the version of a
 * published package (the commit where a package first appears doesn't count:
 * nothing was released then). Before the first release, see
 * {@link BaseRefOptions}; with neither a default branch nor a previous
 * commit, HEAD.
 */
export function findBaseRef(cwd = repoRoot, options: BaseRefOptions = {}): BaseRef {
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
  const branch = options.beforeFirstRelease === 'previous-commit' ? undefined : defaultBranch(cwd);
  if (branch) {
    const base = git(['merge-base', 'HEAD', branch], cwd).trim();
    if (base !== git(['rev-parse', 'HEAD'], cwd).trim()) {
      return { ref: base.slice(0, 12), reason: `no release yet; the merge base with ${branch}` };
    }
    return { ref: 'HEAD', reason: `no release yet and HEAD is on ${branch}: the report shows uncommitted edits` };
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
