// @monite-ts/types from a spec: a named type per schema, and
// openapi-typescript's `paths`/`components`/`operations` pointing at them.
// Pure; the entry file writes.
import ts from 'typescript';
import { generatedHeader, openapiDeclarations, printDeclarations, toIdentifier } from './lib.mjs';

/** The generator named in the generated files' header. */
export const TYPES_GENERATOR = 'tooling/codegen/src/generate-types.mjs';

/**
 * One exported name per schema (`Payload-Output` gives `PayloadOutput`).
 * Two names that map to the same identifier throw: one would shadow the other.
 * @param {string[]} names the spec's schema names
 * @returns {Map<string, string>} schema name to identifier, in document order
 */
export function schemaIdentifiers(names) {
  /** @type {Map<string, string>} */
  const byIdentifier = new Map();
  for (const name of names) {
    const id = toIdentifier(name);
    if (byIdentifier.has(id)) throw new Error(`Schemas ${byIdentifier.get(id)} and ${name} map to the same name ${id}`);
    if (RESERVED_NAMES.has(id)) throw new Error(`Schema ${name} would shadow ${id}, which the generated file uses`);
    byIdentifier.set(id, name);
  }
  return new Map([...byIdentifier].map(([id, name]) => [name, id]));
}

/**
 * Names the generated file declares or reads from TypeScript's library: a
 * schema declared under one of them would break the file.
 */
const RESERVED_NAMES = new Set(['paths', 'webhooks', 'components', '$defs', 'operations', 'Record', 'Blob', 'Omit']);

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
  const declarations = nameSchemas(await openapiDeclarations(spec), schemaIdentifiers(names));
  const schemaSource = `${generatedHeader(TYPES_GENERATOR)}/* eslint-disable */\n${printDeclarations(declarations)}`;
  return {
    files: { 'schema.ts': schemaSource },
    summary: (written) => [
      `types: ${names.length} named schemas, ${Object.keys(spec.paths).length} paths (${written} file(s) written)`,
    ],
  };
}
