// @monite-ts/types from a spec: a named type per schema, and
// openapi-typescript's `paths`/`components`/`operations` pointing at them.
// Pure; the entry file writes.
import ts from 'typescript';
import { generatedHeader, openapiDeclarations, printDeclarations, toIdentifier } from './lib.mjs';

/** The generator named in the generated files' header. */
export const TYPES_GENERATOR = 'tooling/codegen/src/generate-types.mjs';

/**
 * The names a program sees without importing anything: the globals of
 * TypeScript's ES and DOM libraries (`Error`, `Blob`, `Record`, ...).
 * @returns {Set<string>}
 */
export function libraryGlobals() {
  const file = '/library-globals.ts';
  const options = { lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], types: [], noEmit: true };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === file ? ts.createSourceFile(name, 'export {};', language) : getSourceFile(name, language, ...rest);
  const program = ts.createProgram([file], options, host);
  const source = program.getSourceFile(file);
  if (!source) throw new Error('library-globals: the probe file was not compiled');
  const symbols = program.getTypeChecker().getSymbolsInScope(source, ts.SymbolFlags.Type | ts.SymbolFlags.Value);
  return new Set(symbols.map((symbol) => symbol.name));
}

/** What openapi-typescript itself declares: a schema named like one of them would replace it. */
const OPENAPI_TYPESCRIPT_NAMES = new Set(['paths', 'webhooks', 'components', '$defs', 'operations']);

/**
 * The name each schema is declared under: the schema's name as an identifier
 * (`Payload-Output` gives `PayloadOutput`), or `Api` and that name when it
 * would shadow a global (`Error` gives `ApiError`). Shadowing a global
 * breaks any use of the global in the same file, and a bundler that inlines
 * these types next to code using the global renames the schema (`Error$1`),
 * which is then the name users read. `Api`, not `Monite`: the client's
 * error classes are `MoniteError`, `MoniteApiError`, ... Two schemas that
 * map to one identifier throw: one would hide the other.
 * @param {string[]} names the spec's schema names
 * @param {Set<string>} globals names to keep clear of, see {@link libraryGlobals}
 * @returns {Map<string, string>} schema name to declared identifier, in document order
 */
export function schemaIdentifiers(names, globals) {
  /** @type {Map<string, string>} */
  const identifiers = new Map();
  /** Every name taken, declared or exported, and the schema that took it. @type {Map<string, string>} */
  const taken = new Map();
  for (const name of names) {
    const plain = toIdentifier(name);
    if (OPENAPI_TYPESCRIPT_NAMES.has(plain))
      throw new Error(`Schema ${name} would replace openapi-typescript's ${plain}`);
    const declared = globals.has(plain) ? `Api${plain}` : plain;
    for (const id of new Set([plain, declared])) {
      if (taken.has(id)) throw new Error(`Schemas ${taken.get(id)} and ${name} map to the same name ${id}`);
      taken.set(id, name);
    }
    identifiers.set(name, declared);
  }
  return identifiers;
}

/**
 * Exports under its schema's own name each schema declared under another
 * (`export type { ApiError as Error }`), so every schema can be imported
 * by its name, as before the schemas were declared.
 * @param {Map<string, string>} identifiers schema name to declared identifier
 * @returns {string} the export statement, or nothing when every schema kept its name
 */
export function schemaNameExports(identifiers) {
  const renamed = [...identifiers].filter(([name, id]) => toIdentifier(name) !== id);
  if (renamed.length === 0) return '';
  return `/** Schemas declared under another name, exported under their own too. */\nexport type { ${renamed.map(([name, id]) => `${id} as ${toIdentifier(name)}`).join(', ')} };\n`;
}

/**
 * The text of a property key as openapi-typescript prints it (an identifier or a string literal).
 * @param {ts.PropertyName | undefined} name
 * @returns {string | undefined}
 */
function keyText(name) {
  return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? name.text : undefined;
}

/**
 * Whether a node is `components["schemas"]`, the object every schema reference indexes into.
 * @param {ts.Node} node
 */
function isSchemasObject(node) {
  return (
    ts.isIndexedAccessTypeNode(node) &&
    ts.isTypeReferenceNode(node.objectType) &&
    ts.isIdentifier(node.objectType.typeName) &&
    node.objectType.typeName.text === 'components' &&
    ts.isLiteralTypeNode(node.indexType) &&
    ts.isStringLiteral(node.indexType.literal) &&
    node.indexType.literal.text === 'schemas'
  );
}

/**
 * Rewrites every `components["schemas"]["X"]` under a node to a reference to
 * the declaration named for X, so that what refers to a schema names it.
 * @template {ts.Node} T
 * @param {T} node
 * @param {Map<string, string>} identifiers schema name to identifier
 * @returns {T}
 */
function referToNames(node, identifiers) {
  /** @type {ts.Visitor} */
  const visit = (child) => {
    if (
      ts.isIndexedAccessTypeNode(child) &&
      isSchemasObject(child.objectType) &&
      ts.isLiteralTypeNode(child.indexType) &&
      ts.isStringLiteral(child.indexType.literal)
    ) {
      const id = identifiers.get(child.indexType.literal.text);
      if (id) return ts.factory.createTypeReferenceNode(id);
    }
    return ts.visitEachChild(child, visit, undefined);
  };
  return /** @type {T} */ (ts.visitNode(node, visit));
}

/**
 * Gives every schema a declaration of its own and points `components`,
 * `paths` and `operations` at it.
 *
 * Why: openapi-typescript writes a schema as a property type inside
 * `components`. Such a type has no name, so TypeScript prints it structurally
 * in errors and hovers (`{ id: string; … 40 more … }`), and an alias of
 * `components["schemas"]["X"]` (ours before, or openapi-typescript's
 * `rootTypes`) does not help: an alias of an existing type lends it no name.
 * A type alias whose right-hand side is the schema's own type literal, union
 * or intersection does name it. Aliases rather than interfaces, so the types
 * behave exactly as before (an interface would lose the implicit index
 * signature that lets a type literal be assigned to `Record<string, unknown>`).
 * @param {ts.Node[]} nodes openapi-typescript's top-level declarations
 * @param {Map<string, string>} identifiers schema name to identifier
 * @returns {ts.Node[]} the schemas' declarations, then the rewritten nodes
 */
export function nameSchemas(nodes, identifiers) {
  /** @type {ts.Node[]} */
  const named = [];
  const rewritten = nodes.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'components') return referToNames(node, identifiers);
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || keyText(member.name) !== 'schemas' || !member.type) return member;
      if (!ts.isTypeLiteralNode(member.type)) return member;
      const schemas = member.type.members.map((schema) => {
        const name = keyText(schema.name);
        const id = name === undefined ? undefined : identifiers.get(name);
        if (!ts.isPropertySignature(schema) || !schema.type || id === undefined) return schema;
        const declaration = ts.factory.createTypeAliasDeclaration(
          [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
          id,
          undefined,
          referToNames(schema.type, identifiers),
        );
        // The declaration carries the schema's name, description and tags: a hover on the name shows them.
        const lines = (ts.getSyntheticLeadingComments(schema) ?? []).flatMap((c) =>
          c.text
            .split('\n')
            .map((line) => line.replace(/^\s*\*\s?/, '').trimEnd())
            .filter((line) => line !== ''),
        );
        const doc = [`Monite schema \`${name}\`.`, ...lines];
        ts.addSyntheticLeadingComment(
          declaration,
          ts.SyntaxKind.MultiLineCommentTrivia,
          doc.length === 1 ? `* ${doc[0]} ` : `*\n * ${doc.join('\n * ')}\n `,
          true,
        );
        named.push(declaration);
        const property = ts.factory.createPropertySignature(
          schema.modifiers,
          schema.name,
          schema.questionToken,
          ts.factory.createTypeReferenceNode(id),
        );
        return property;
      });
      return ts.factory.updatePropertySignature(
        member,
        member.modifiers,
        member.name,
        member.questionToken,
        ts.factory.updateTypeLiteralNode(member.type, ts.factory.createNodeArray(schemas)),
      );
    });
    return referToNames(
      ts.factory.updateInterfaceDeclaration(
        node,
        node.modifiers,
        node.name,
        node.typeParameters,
        node.heritageClauses,
        members,
      ),
      identifiers,
    );
  });
  return [...named, ...rewritten];
}

/**
 * The types package's generated files from a spec.
 * @param {Record<string, any>} spec
 * @returns {Promise<{ files: Record<string, string>, summary: (written: number) => string[] }>}
 */
export async function renderTypes(spec) {
  const names = Object.keys(spec.components?.schemas ?? {});
  const identifiers = schemaIdentifiers(names, libraryGlobals());
  const declarations = nameSchemas(await openapiDeclarations(spec), identifiers);
  const schemaSource = `${generatedHeader(TYPES_GENERATOR)}/* eslint-disable */\n${printDeclarations(declarations)}${schemaNameExports(identifiers)}`;
  return {
    files: { 'schema.ts': schemaSource },
    summary: (written) => [
      `types: ${names.length} named schemas, ${Object.keys(spec.paths).length} paths (${written} file(s) written)`,
    ],
  };
}
