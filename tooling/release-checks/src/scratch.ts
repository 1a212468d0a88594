/**
 * Helpers for checks that work on a throwaway copy of the workspace, so they
 * can version, install or rebuild without touching the checkout.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './workspace.js';

/** A parsed package.json, as far as these checks read it. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * The workspace package folders, relative to the root, from the globs in
 * pnpm-workspace.yaml (only `dir` and `dir/*` forms are used in this repo).
 */
export function workspacePackageDirs(root = repoRoot): string[] {
  const yaml = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const block = (yaml.split(/^packages:\s*$/m)[1] ?? '').split(/^\S/m)[0] ?? '';
  const globs = [...block.matchAll(/^\s+-\s+['"]?([^'"\n]+)['"]?\s*$/gm)].map((m) => m[1]!);
  const dirs: string[] = [];
  for (const glob of globs) {
    if (glob.endsWith('/*')) {
      const parent = glob.slice(0, -2);
      if (!existsSync(join(root, parent))) continue;
      for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
        if (entry.isDirectory() && existsSync(join(root, parent, entry.name, 'package.json')))
          dirs.push(`${parent}/${entry.name}`);
      }
    } else if (existsSync(join(root, glob, 'package.json'))) {
      dirs.push(glob);
    }
  }
  return dirs.sort();
}

/** Reads a package.json. */
export function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/**
 * Copies the workspace manifests (root and package package.json files,
 * pnpm-workspace.yaml and .changeset/config.json) into a new temp folder, and
 * links the root node_modules so tools that resolve plugins from the project
 * (changesets resolves its changelog module that way) find them.
 */
export function copyManifests(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  for (const pkg of workspacePackageDirs()) {
    mkdirSync(join(dir, pkg), { recursive: true });
    cpSync(join(repoRoot, pkg, 'package.json'), join(dir, pkg, 'package.json'));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs a command and returns its stdout; on failure the error carries stdout and stderr. */
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): string {
  try {
    return execFileSync(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 300_000,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${options.cwd}:\n${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
    );
  }
}

/**
 * Installs packages into a project outside the workspace with npm, the
 * layout most users get (no workspace, no links). Everything goes in one
 * install, so packed tarballs resolve their dependencies on each other to
 * each other rather than to whatever the registry has.
 * @param project the project folder (it has a package.json)
 * @param specs tarball paths and package specs, as `npm install` takes them
 */
export function npmInstall(project: string, specs: string[]): void {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], {
    cwd: project,
    timeoutMs: 480_000,
  });
}

/**
 * Removes a scratch git worktree of this repository. When git refuses (the
 * folder is half made, or git no longer lists it), the folder is deleted and
 * git's record of it pruned instead, so a failed check leaves nothing behind.
 */
export function removeWorktree(worktree: string): void {
  try {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: repoRoot, stdio: 'ignore' });
  } catch {
    rmSync(worktree, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'prune'], { cwd: repoRoot, stdio: 'ignore' });
  }
}

/** The @changesets/cli entry point from the root devDependencies. */
export const changesetBin = join(repoRoot, 'node_modules/@changesets/cli/bin.js');
