// Shared helpers of the project's generators: where the bundled spec lives,
// the header every generated file carries, writing files only on change, and
// openapi-typescript with the project's settings. Nothing here runs at import
// time: the spec path and check mode are read by the caller and passed in.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

/** Absolute path of the workspace root (a constant: where this file sits in the repository). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Absolute path of the bundled spec, the single input of every generator.
 * `MONITE_SPEC_PATH` points the generators at another bundle (tests use it
 * to show that a changed spec makes the committed output stale).
 * @param {{ MONITE_SPEC_PATH?: string | undefined }} env
 * @returns {string}
 */
export function bundledSpecPath(env) {
  return env.MONITE_SPEC_PATH ? resolve(env.MONITE_SPEC_PATH) : resolve(repoRoot, 'spec/dist/openapi.json');
}

/**
 * Reads and parses a bundled spec.
 * @param {string} path
 * @returns {any} the document, walked dynamically by the generators
 */
export function readSpec(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/**
 * The banner of a generated file: it names the generator so a reader knows
 * how to regenerate instead of editing.
 * @param {string} generator path of the generator, relative to the repo root
 * @returns {string}
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
 * timestamps and tools that watch files stay quiet. With `check` (CI's
 * freshness check) it writes nothing and reports a difference on stderr.
 * @param {string} path
 * @param {string} content
 * @param {{ check?: boolean }} [options]
 * @returns {'written' | 'unchanged' | 'stale'}
 */
export function writeIfChanged(path, content, options = {}) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return 'unchanged';
  if (options.check) {
    console.error(`stale: ${path} differs from what the spec generates; run \`pnpm generate\``);
    return 'stale';
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return 'written';
}

/**
 * Turns a schema name into a TypeScript identifier (`Payload-Output` becomes
 * `PayloadOutput`), keeping Monite's names recognisable.
 * @param {string} name
 * @returns {string}
 */
export function toIdentifier(name) {
  const cleaned = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/**
 * openapi-typescript over a spec with the project's settings, shared by the
 * types and the client so both describe the same schemas the same way:
 * - request fields with a `default` stay optional (openapi-typescript 7
 *   would otherwise require them, upstream #2489);
 * - `format: binary` becomes `Blob`: uploads are sent as multipart form data
 *   from a Blob or File, so a `string` would misstate what is accepted.
 * @param {any} spec
 * @returns {Promise<import('typescript').Node[]>} the top-level declarations
 */
export function openapiDeclarations(spec) {
  const blob = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));
  const nullType = ts.factory.createLiteralTypeNode(ts.factory.createNull());
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

/**
 * The name a top-level declaration exports (`paths`, `components`, ...).
 * @param {import('typescript').Node} node
 * @returns {string | undefined}
 */
export function declarationName(node) {
  const name = /** @type {{ name?: import('typescript').Node }} */ (node).name;
  return name && ts.isIdentifier(name) ? name.text : undefined;
}

/**
 * Prints declarations as TypeScript source.
 * @param {import('typescript').Node[]} nodes
 * @returns {string}
 */
export function printDeclarations(nodes) {
  return astToString(nodes);
}
