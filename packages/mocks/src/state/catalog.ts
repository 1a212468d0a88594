/**
 * What the operation table says about stored collections, as pure functions
 * of the table and the schema document: the schema an item is served with,
 * which collections nest under which, and which concrete path belongs to
 * which template.
 */
import type { MockOperation } from '../operations/operation-table.js';
import { segmentsOf } from '../operations/path-templates.js';
import type { JsonSchema, SchemaDocument } from '../schema/schema-document.js';
import { branchesOf, flatten, type SchemaMap } from '../schema/schema-tools.js';

/** A child collection of a collection's items. */
export interface ChildCollection {
  /** The child collection's template (`/payables/{payable_id}/line_items`). */
  template: string;
  /** Its last path segment (`line_items`). */
  segment: string;
  /** The parent field it is shown in, when the parent's read schema has one. */
  embedAs?: string;
}

/** The collections of the operation table, indexed once per mock. */
export interface Catalog {
  /** Per collection template: the schema its items are served with (the read's, else the create's). */
  readonly readSchemas: ReadonlyMap<string, JsonSchema>;
  /** Per item path template: the child collection templates below it. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** Child collections per collection template, computed on first use. */
  readonly childCache: Map<string, ChildCollection[]>;
  readonly components: SchemaMap;
}

/** The JSON schema of an operation's success answer, when it has one. */
export function successSchema(document: SchemaDocument, op: MockOperation): JsonSchema | undefined {
  const schema = document.operations[op.operationId]?.responses[String(op.successStatus)];
  return schema && !('contentType' in schema) ? schema : undefined;
}

/** Indexes the stored collections of an operation table. */
export function buildCatalog(operations: readonly MockOperation[], document: SchemaDocument): Catalog {
  const readSchemas = new Map<string, JsonSchema>();
  const children = new Map<string, string[]>();
  for (const op of operations) {
    const schema = successSchema(document, op);
    if (schema && (op.kind === 'read' || (op.kind === 'create' && !readSchemas.has(op.collection)))) {
      readSchemas.set(op.collection, schema);
    }
    if ((op.kind === 'create' || op.kind === 'list') && op.parent) {
      const siblings = children.get(op.parent) ?? [];
      if (!siblings.includes(op.collection)) children.set(op.parent, [...siblings, op.collection]);
    }
  }
  return { readSchemas, children, childCache: new Map(), components: document.components.schemas };
}

/** The collection template a concrete collection path belongs to (`/counterparts/3f.../contacts` -> `/counterparts/{counterpart_id}/contacts`). */
export function templateOf(catalog: Catalog, collection: string): string | undefined {
  if (catalog.readSchemas.has(collection)) return collection;
  const segments = segmentsOf(collection);
  for (const template of catalog.readSchemas.keys()) {
    const parts = segmentsOf(template);
    if (parts.length === segments.length && parts.every((part, i) => part.startsWith('{') || part === segments[i]))
      return template;
  }
  return undefined;
}

/**
 * The child collections of a collection's items, and the parent field each
 * is shown in (if any): its `embedAs` name, else its own segment, when the
 * parent's read schema has that field.
 */
export function childCollectionsOf(
  catalog: Catalog,
  collectionTemplate: string,
  embedAs: (childTemplate: string) => string | undefined = () => undefined,
): ChildCollection[] {
  const cached = catalog.childCache.get(collectionTemplate);
  if (cached) return cached;
  const found: ChildCollection[] = [];
  const itemTemplate = `${collectionTemplate}/{}`;
  const schema = catalog.readSchemas.get(collectionTemplate);
  for (const [parent, childTemplates] of catalog.children) {
    if (parent.replace(/\{[^}]+\}$/, '{}') !== itemTemplate) continue;
    for (const template of childTemplates) {
      const segment = segmentsOf(template).at(-1) as string;
      const field = embedAs(template) ?? segment;
      found.push({
        template,
        segment,
        embedAs: schema && schemaHasProperty(schema, field, catalog.components) ? field : undefined,
      });
    }
  }
  catalog.childCache.set(collectionTemplate, found);
  return found;
}

function schemaHasProperty(schemaIn: JsonSchema, field: string, components: SchemaMap): boolean {
  const schema = flatten(schemaIn, components);
  const properties = schema.properties as Record<string, unknown> | undefined;
  if (properties && field in properties) return true;
  return (branchesOf(schema) ?? []).some((b) => schemaHasProperty(b, field, components));
}
