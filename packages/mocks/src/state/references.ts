import { notFoundMessage } from './object-names.js';
import type { ReferenceField } from '../operations/reference-table.js';
import { segmentsOf } from '../operations/path-templates.js';
import type { ValidationIssue } from '../schema/validation.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every value a reference path reaches in a body, with where it is and the object holding it. */
function valuesAt(
  node: unknown,
  path: readonly (string | number)[],
  loc: (string | number)[] = ['body'],
  holder?: Json,
): { value: unknown; loc: (string | number)[]; holder?: Json }[] {
  if (path.length === 0) return [{ value: node, loc, holder }];
  const [head, ...rest] = path;
  if (head === '*') {
    if (!Array.isArray(node)) return [];
    return node.flatMap((item, index) => valuesAt(item, rest, [...loc, index], holder));
  }
  if (!isObject(node) || !(String(head) in node)) return [];
  return valuesAt(node[String(head)], rest, [...loc, String(head)], node);
}

/** One id a body names, with the collection it must exist in and where it sits in the body. */
export interface ReferencedObject {
  collection: string;
  id: string;
  loc: (string | number)[];
}

/** Every stored object a body names through its reference fields (null and absent fields name nothing). */
export function referencedObjects(fields: readonly ReferenceField[], body: unknown): ReferencedObject[] {
  const found: ReferencedObject[] = [];
  for (const field of fields) {
    for (const { value, loc, holder } of valuesAt(body, field.path)) {
      const collection =
        field.collection ??
        (field.typeField && holder ? field.collections?.[String(holder[field.typeField])] : undefined);
      if (!collection) continue;
      const ids = field.many ? (Array.isArray(value) ? value : []) : [value];
      ids.forEach((id, index) => {
        if (typeof id === 'string') found.push({ collection, id, loc: field.many ? [...loc, index] : loc });
      });
    }
  }
  return found;
}

/**
 * The body fields that name an object the caller cannot see (unknown, or
 * another entity's), as 422 issues pointing at each field: Monite refuses a
 * payable for a counterpart it does not know instead of storing a dangling id.
 * `exists` answers for the request's own scope.
 */
export function unknownReferences(
  fields: readonly ReferenceField[],
  body: unknown,
  exists: (collection: string, id: string) => boolean,
): ValidationIssue[] {
  return referencedObjects(fields, body)
    .filter(({ collection, id }) => !exists(collection, id))
    .map(({ collection, id, loc }) => ({
      loc,
      msg: notFoundMessage(segmentsOf(collection).at(-1) ?? 'object', id),
      type: 'value_error',
    }));
}
