// Shared helpers of the project's generators: where the bundled spec lives,
// the header every generated file carries, and writing files only on change.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the workspace root. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Absolute path of the bundled spec, the single input of every generator.
 * `MONITE_SPEC_PATH` points the generators at another bundle (tests use it
 * to show that a changed spec makes the committed output stale).
 */
export const bundledSpecPath = process.env.MONITE_SPEC_PATH
  ? resolve(process.env.MONITE_SPEC_PATH)
  : resolve(repoRoot, 'spec/dist/openapi.json');

/**
 * With `--check`, generators write nothing and exit non-zero when a committed
 * output differs from what they would write: CI's freshness check.
 */
export const checkMode = process.argv.includes('--check');

/** Reads and parses the bundled spec. */
export function readBundledSpec() {
  return JSON.parse(readFileSync(bundledSpecPath, 'utf8'));
}

/**
 * The banner of a generated file: it names the generator so a reader knows
 * how to regenerate instead of editing.
 * @param {string} generator path of the generator, relative to the repo root
 */
export function generatedHeader(generator) {
  return [
    '/**',
    ' * This file is generated from spec/dist/openapi.json. Do not edit it by hand.',
    ` * Generator: ${generator}. Regenerate with \`pnpm generate\`.`,
    ' */',
    '',
  ].join('\n');
}

/**
 * Writes a file when its content differs, so unchanged outputs keep their
 * timestamps and tools that watch files stay quiet.
 * In `--check` mode it reports a difference instead of writing.
 * @returns {boolean} whether the file was written
 */
export function writeIfChanged(path, content) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  if (checkMode) {
    console.error(`stale: ${path} differs from what the spec generates; run \`pnpm generate\``);
    process.exitCode = 1;
    return false;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return true;
}

/**
 * Turns a schema name into a TypeScript identifier (`Payload-Output` becomes
 * `PayloadOutput`), keeping Monite's names recognisable.
 */
export function toIdentifier(name) {
  const cleaned = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}
