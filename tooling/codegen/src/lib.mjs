// Shared helpers of the project's generators: where the bundled spec lives,
// the header every generated file carries, and writing files only on change.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

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

/**
 * Resolves a local `$ref` (`#/components/...`) inside a document, so a
 * parameter or schema shared through components reads like an inline one.
 */
export function resolveLocalRef(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are expected in the bundled spec, got ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => node?.[key], doc);
}

const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
const nullType = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/**
 * openapi-typescript over a spec with the project's settings, shared by the
 * types and the client so both describe the same schemas the same way:
 * - request fields with a `default` stay optional (openapi-typescript 7
 *   would otherwise require them, upstream #2489);
 * - `format: binary` becomes `Blob`: uploads are sent as multipart form data
 *   from a Blob or File, so a `string` would misstate what is accepted.
 * @returns {Promise<import('typescript').Node[]>} the top-level declarations
 */
export function openapiDeclarations(spec) {
  return openapiTS(structuredClone(spec), {
    defaultNonNullable: false,
    alphabetize: false,
    transform(schema) {
      if (schema.format !== 'binary') return undefined;
      const nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null'));
      return nullable ? ts.factory.createUnionTypeNode([blob, nullType]) : blob;
    },
  });
}

/** The name a top-level declaration exports (`paths`, `components`, ...). */
export function declarationName(node) {
  return node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
}

/** Prints declarations as TypeScript source. */
export function printDeclarations(nodes) {
  return astToString(nodes);
}
