/**
 * The generated table of references (`generated/references.ts`): request
 * body fields that name another stored object, so a write naming an object
 * that does not exist is refused as Monite refuses it.
 */

/** One body field that names a stored object. */
export interface ReferenceField {
  /** Where the field is in the body; `'*'` stands for every item of an array. */
  path: readonly (string | number)[];
  /** The collection the id must exist in. */
  collection?: string;
  /** For `object_id`: the sibling field whose value chooses the collection. */
  typeField?: string;
  /** For `object_id`: the collection per value of `typeField`. */
  collections?: Readonly<Record<string, string>>;
  /** The field is an array of ids. */
  many?: boolean;
}

/** Reference fields per operationId. */
export type ReferenceTable = Readonly<Record<string, readonly ReferenceField[]>>;
