/**
 * The rows of the generated operation table (`generated/operations.ts`): what
 * the router and the pipeline need of each operation, and how the in-memory
 * store treats it. The generator decides the kind from the path's shape and
 * the response schema; each kind carries exactly the fields it needs.
 */

/** What every operation has. */
interface OperationFacts {
  /** Upper-case HTTP method. */
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path template as the spec writes it, without the `/v1` server prefix. */
  path: string;
  /** The spec's operationId. */
  operationId: string;
  /** The first 2xx status the spec declares. */
  successStatus: number;
  /** Every status the spec declares for the operation. */
  statuses: string[];
  /** True when the operation takes an `x-monite-entity-id` header. */
  entityScoped: boolean;
  /** True when the operation needs a bearer token. */
  secured: boolean;
  /** The nearest item path that must exist for the operation to succeed. */
  parent?: string;
  /** Media type of the success response; absent for empty responses. */
  responseContentType?: string;
}

/** A GET answering with a `data` array of a stored collection. */
export interface ListOperation extends OperationFacts {
  kind: 'list';
  /** Path template of the stored collection. */
  collection: string;
  /** Whether the list is cursor-paginated. */
  paginated: boolean;
}

/** A POST adding to a collection, or a PUT replacing a whole collection (line items). */
export interface CollectionWriteOperation extends OperationFacts {
  kind: 'create' | 'replace-collection';
  collection: string;
}

/** A read, PATCH, PUT or DELETE of one stored item. */
export interface ItemOperation extends OperationFacts {
  kind: 'read' | 'update' | 'replace' | 'delete';
  collection: string;
  /** Name of the path parameter carrying the item id. */
  idParam: string;
}

/** A POST to an item's action segment (`/payables/{payable_id}/approve_payment_operation`). */
export interface ActionOperation extends OperationFacts {
  kind: 'action';
  collection: string;
  /** The item path the action acts on. */
  target: string;
  /** The last path segment (`approve`, `cancel`, ...). */
  action: string;
}

/** One object per path (settings, metadata, a document file), read or written whole. */
export interface SingletonOperation extends OperationFacts {
  kind: 'singleton-read' | 'singleton-update' | 'singleton-replace' | 'singleton-delete';
  /** The item path the singleton belongs to, when it belongs to one. */
  target?: string;
}

/** An operation that stores nothing: answered from its response schema. */
export interface RpcOperation extends OperationFacts {
  kind: 'rpc';
}

/** One row of the generated operation table, discriminated by `kind`. */
export type MockOperation =
  | ListOperation
  | CollectionWriteOperation
  | ItemOperation
  | ActionOperation
  | SingletonOperation
  | RpcOperation;

/** How the in-memory store handles an operation. */
export type OperationKind = MockOperation['kind'];

/** The operations of one kind. */
export type OperationOfKind<K extends OperationKind> = Extract<MockOperation, { kind: K }>;
