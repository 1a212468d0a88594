/**
 * How the in-memory store treats an operation, decided by the generator from
 * the path's shape and the response schema.
 */
export type OperationKind =
  | 'list'
  | 'create'
  | 'read'
  | 'update'
  | 'replace'
  | 'delete'
  | 'action'
  | 'replace-collection'
  | 'singleton-read'
  | 'singleton-update'
  | 'singleton-replace'
  | 'singleton-delete'
  | 'rpc';

/** One row of the generated operation table. */
export interface MockOperation {
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
  /** True for GETs answering with a `data` array. */
  list: boolean;
  /** How the store handles the operation. */
  kind: OperationKind;
  /** Path template of the stored collection the operation reads or writes. */
  collection?: string;
  /** Name of the path parameter carrying the item id. */
  idParam?: string;
  /** Lists only: whether the list is cursor-paginated. */
  paginated?: boolean;
  /** Actions: the last path segment (`approve`, `cancel`, ...). */
  action?: string;
  /** Actions and singletons: the item path the operation acts on. */
  target?: string;
  /** The nearest item path that must exist for the operation to succeed. */
  parent?: string;
  /** Media type of the request body, when there is one. */
  requestContentType?: string;
  /** Component name of the request body schema, when it is a `$ref`. */
  requestSchemaRef?: string;
  /** Component name of the success response schema, when it is a `$ref`. */
  responseSchemaRef?: string;
  /** Media type of the success response; absent for empty responses. */
  responseContentType?: string;
}
