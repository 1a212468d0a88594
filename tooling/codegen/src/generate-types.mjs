// Generates @monite-ts/types from the bundled spec: openapi-typescript's
// `paths`/`components`/`operations`, and a named alias per schema.
import { resolve } from 'node:path';
import {
  generatedHeader,
  openapiDeclarations,
  printDeclarations,
  readBundledSpec,
  repoRoot,
  toIdentifier,
  writeIfChanged,
} from './lib.mjs';

const outDir = resolve(repoRoot, 'packages/types/src/generated');
const generator = 'tooling/codegen/src/generate-types.mjs';

const spec = readBundledSpec();

const schemaSource = `${generatedHeader(generator)}/* eslint-disable */\n${printDeclarations(await openapiDeclarations(spec))}`;

const names = Object.keys(spec.components?.schemas ?? {});
const seen = new Map();
const aliasLines = names.map((name) => {
  const id = toIdentifier(name);
  if (seen.has(id)) throw new Error(`Schemas ${seen.get(id)} and ${name} map to the same alias ${id}`);
  seen.set(id, name);
  return `/** Monite schema \`${name}\`. */\nexport type ${id} = components['schemas']['${name}'];`;
});
const aliasSource = `${generatedHeader(generator)}import type { components } from './schema.js';\n\n${aliasLines.join('\n')}\n`;

const changed = [
  writeIfChanged(resolve(outDir, 'schema.ts'), schemaSource),
  writeIfChanged(resolve(outDir, 'aliases.ts'), aliasSource),
].filter(Boolean).length;
console.log(
  `types: ${names.length} schema aliases, ${Object.keys(spec.paths).length} paths (${changed} file(s) written)`,
);
