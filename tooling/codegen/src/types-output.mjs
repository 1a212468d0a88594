// @monite-ts/types from a spec: openapi-typescript's `paths`/`components`/
// `operations`, and a named alias per schema. Pure; the entry file writes.
import { generatedHeader, openapiDeclarations, printDeclarations, toIdentifier } from './lib.mjs';

/** The generator named in the generated files' header. */
export const TYPES_GENERATOR = 'tooling/codegen/src/generate-types.mjs';

/**
 * One exported alias per schema name (`Payload-Output` gives `PayloadOutput`).
 * Two names that map to the same identifier throw: one would shadow the other.
 * @param {string[]} names
 * @returns {string[]} the alias declarations, each with its doc comment
 */
export function schemaAliases(names) {
  /** @type {Map<string, string>} */
  const seen = new Map();
  return names.map((name) => {
    const id = toIdentifier(name);
    if (seen.has(id)) throw new Error(`Schemas ${seen.get(id)} and ${name} map to the same alias ${id}`);
    seen.set(id, name);
    return `/** Monite schema \`${name}\`. */\nexport type ${id} = components['schemas']['${name}'];`;
  });
}

/**
 * The types package's generated files from a spec.
 * @param {Record<string, any>} spec
 * @returns {Promise<{ files: Record<string, string>, summary: (written: number) => string[] }>}
 */
export async function renderTypes(spec) {
  const schemaSource = `${generatedHeader(TYPES_GENERATOR)}/* eslint-disable */\n${printDeclarations(await openapiDeclarations(spec))}`;
  const names = Object.keys(spec.components?.schemas ?? {});
  const aliasSource = `${generatedHeader(TYPES_GENERATOR)}import type { components } from './schema.js';\n\n${schemaAliases(names).join('\n')}\n`;
  return {
    files: { 'schema.ts': schemaSource, 'aliases.ts': aliasSource },
    summary: (written) => [
      `types: ${names.length} schema aliases, ${Object.keys(spec.paths).length} paths (${written} file(s) written)`,
    ],
  };
}
