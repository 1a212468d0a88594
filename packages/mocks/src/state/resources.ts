import {
  childrenCreatedWith,
  creationExtras,
  deriveFromChildren,
  deriveFromRelated,
  deriveOnRead,
  deriveOnSave,
  keptInParent,
  notFoundMessage,
} from '../domain/collection-rules.js';
import { errorBody } from '../domain/error-bodies.js';
import { downloadUrl, type UploadedFile, uploadedFileFields } from '../domain/files.js';
import { applyTransition, INITIAL_STATUS, WORKFLOWS } from '../domain/workflows.js';
import type {
  ActionOperation,
  CollectionWriteOperation,
  ItemOperation,
  ListOperation,
  MockOperation,
  RpcOperation,
  SingletonOperation,
} from '../operations/operation-table.js';
import { fillPath, itemChain, paramNames, segmentsOf } from '../operations/path-templates.js';
import { withDefaults } from '../schema/defaults.js';
import type { ReferenceTable } from '../operations/reference-table.js';
import type { SchemaDocument } from '../schema/schema-document.js';
import { buildCatalog, type Catalog, childCollectionsOf, templateOf } from './catalog.js';
import { DataSequence } from './data-sequence.js';
import { computedAnswer } from './computed-answers.js';
import { CursorRegistry } from './cursors.js';
import { FileContents } from './file-contents.js';
import { afterMove, entityRecord, keepDefaultUnique, lockedDocument, makeDefault } from './store-rules.js';
import { type ListQuery, pageOf, queryFromParameters } from './lists.js';
import type { Change, ResourceHooks } from './changes.js';
import { Presenter } from './presenter.js';
import { unknownReferences } from './references.js';
import type { Store, StoredRecord } from './store.js';

/** What a resource operation answers: a status and a body (undefined for none). */
export interface Reply {
  status: number;
  body?: unknown;
}

/** One validated request, as the resource layer sees it. */
export interface ResourceRequest {
  operation: MockOperation;
  scope: string;
  entityId?: string;
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** The request's `x-monite-version`, carried into the events of its changes. */
  apiVersion?: string;
  body: unknown;
  /** Files uploaded with a multipart body, by form field. */
  files?: Readonly<Record<string, UploadedFile>>;
  /** The origin the request was sent to (`https://api.sandbox.monite.com`), for URLs the mock hands out. */
  origin?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The stored item a request's path names and that must exist: the
 * operation's own path for collections and items, the item it belongs to for
 * actions and singletons; none for operations that store nothing.
 */
function itemPathOf(op: MockOperation): string | undefined {
  switch (op.kind) {
    case 'rpc':
      return undefined;
    case 'action':
    case 'singleton-read':
    case 'singleton-update':
    case 'singleton-replace':
    case 'singleton-delete':
      // A singleton two segments below its item (`/entities/{id}/settings/next_document_numbers`) has no
      // target, but its parent item must exist all the same.
      return op.target ?? op.parent;
    default:
      return op.path;
  }
}

/** PATCH semantics: objects merge key by key, anything else (arrays included) replaces. */
export function mergePatch(target: Json, patch: Json): Json {
  const out: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = isObject(value) && isObject(out[key]) ? mergePatch(out[key] as Json, value) : value;
  }
  return out;
}

/** The request body when it is a JSON object; `{}` otherwise (no body, an array, a scalar). */
function objectBody(request: ResourceRequest): Json {
  return isObject(request.body) ? request.body : {};
}

function notFound(collectionSegment: string, id: string): Reply {
  return { status: 404, body: errorBody(notFoundMessage(collectionSegment, id)) };
}

/**
 * The stateful part of the mock: creates, reads, lists, updates and deletes
 * stored resources as the operation table classifies them, runs workflows,
 * and shapes every answer to the response schema the spec declares. Which
 * collection gets which rule is the domain's business (`domain/`).
 */
export class Resources {
  private readonly catalog: Catalog;
  private readonly sequence: DataSequence;
  private readonly presenter: Presenter;
  private readonly cursors: CursorRegistry;
  /** Bytes of uploaded files, for download. */
  readonly fileContents = new FileContents();

  constructor(
    private readonly store: Store,
    private readonly document: SchemaDocument,
    operations: readonly MockOperation[],
    seed: string,
    startTime: number,
    private readonly references: ReferenceTable = {},
    private readonly hooks: ResourceHooks = {},
  ) {
    this.catalog = buildCatalog(operations, document);
    this.sequence = hooks.sequence ?? new DataSequence(seed, startTime);
    this.presenter = new Presenter(document, seed, startTime);
    this.cursors = new CursorRegistry(seed);
  }

  /** Forgets generated-state counters, so a reset mock replays the same data. */
  reset(): void {
    this.sequence.reset();
    this.cursors.clear();
    this.fileContents.clear();
  }

  /** A fresh id from the seeded generator. */
  freshId(): string {
    return this.sequence.freshId();
  }

  /** The mock's clock for data: starts at a fixed time and moves one second per write, so data is reproducible. */
  now(): string {
    return this.sequence.now();
  }

  /** Shapes a value to the schema of a status of an operation, generating what is missing deterministically. */
  present(op: MockOperation, status: number, value: unknown): unknown {
    return this.presenter.present(op, status, value);
  }

  /** Fills a new record's required fields from the collection's read schema, so reads agree with each other. */
  private materialize(collectionTemplate: string, record: StoredRecord): StoredRecord {
    return this.presenter.materialize(this.catalog.readSchemas.get(collectionTemplate), record);
  }

  /**
   * Completes a fixture before it is stored: the initial status of its
   * workflow and every required field of its read schema, as a created
   * resource would have.
   */
  completeFixture(collection: string, record: StoredRecord): StoredRecord {
    const template = templateOf(this.catalog, collection);
    if (!template) return record;
    const status = INITIAL_STATUS[template];
    const withStatus = status && record.status === undefined ? { ...record, status } : record;
    return this.materialize(template, withStatus);
  }

  /** Checks that every item a path names exists (the last one included); a 404 reply when one does not. */
  private missingItem(scope: string, template: string, params: Record<string, string>): Reply | undefined {
    for (const link of itemChain(template)) {
      const id = params[link.param] ?? '';
      if (!this.store.get(scope, fillPath(link.collection, params), id))
        return notFound(segmentsOf(link.collection).at(-1) ?? 'object', id);
    }
    return undefined;
  }

  /** Adds what Monite derives at read time: line-item totals, document totals, embedded children. */
  private enrich(
    scope: string,
    collectionTemplate: string,
    concreteCollection: string,
    record: StoredRecord,
  ): StoredRecord {
    let out = deriveOnRead(collectionTemplate, record);
    for (const child of childCollectionsOf(this.catalog, collectionTemplate)) {
      const childPath = `${concreteCollection}/${record.id}/${child.segment}`;
      const items = this.store.list(scope, childPath);
      out = deriveFromChildren(child.segment, out, items);
      if (child.embedAs)
        out = { ...out, [child.embedAs]: items.map((i) => this.enrich(scope, child.template, childPath, i)) };
    }
    // Last: credit notes reduce the totals the line items gave.
    return deriveFromRelated(collectionTemplate, out, (collection) => this.store.list(scope, collection));
  }

  private newRecord(request: ResourceRequest, collectionTemplate: string, fields: Json): StoredRecord {
    const now = this.now();
    const record: StoredRecord = { ...fields, id: this.freshId(), created_at: now, updated_at: now };
    // Nested resources point at their parent (`counterpart_id`, `payable_id`, ...), and entity resources at their entity.
    for (const link of itemChain(collectionTemplate)) record[link.param] ??= request.path[link.param];
    if (request.entityId) record.entity_id ??= request.entityId;
    const status = INITIAL_STATUS[collectionTemplate];
    if (status && record.status === undefined) record.status = status;
    Object.assign(
      record,
      creationExtras(
        collectionTemplate,
        () => this.sequence.hex(32),
        () => entityRecord(this.store, request.entityId),
      ),
    );
    return record;
  }

  /** Stores a written record as it will be served: derived fields, then what the read schema requires. */
  private save(
    request: ResourceRequest,
    collectionTemplate: string,
    concrete: string,
    record: StoredRecord,
  ): StoredRecord {
    const derived = deriveOnSave(collectionTemplate, record, (collection, id) =>
      collection === '/entities' ? entityRecord(this.store, id) : this.store.get(request.scope, collection, id),
    );
    const saved = this.materialize(collectionTemplate, derived);
    this.store.put(request.scope, concrete, saved);
    return saved;
  }

  private itemReply(
    request: ResourceRequest,
    status: number,
    collectionTemplate: string,
    concrete: string,
    record: StoredRecord,
  ): Reply {
    return {
      status,
      body: this.present(request.operation, status, this.enrich(request.scope, collectionTemplate, concrete, record)),
    };
  }

  /** The request body with the defaults of its schema filled in. */
  private bodyWithDefaults(request: ResourceRequest): Json {
    const schema = this.document.operations[request.operation.operationId]?.body?.schema;
    const body = objectBody(request);
    const filled = withDefaults(schema, body, this.document.components.schemas);
    return isObject(filled) ? filled : body;
  }

  /** Answers a validated request according to its operation's kind. */
  handle(request: ResourceRequest): Reply {
    const op = request.operation;
    // Every stored item the path names must exist: the operation's own path for
    // collections and items, the item it belongs to for actions and singletons.
    const itemPath = itemPathOf(op);
    const missing = itemPath && this.missingItem(request.scope, itemPath, request.path);
    if (missing) return missing;
    const fields = this.references[op.operationId];
    if (fields) {
      const issues = unknownReferences(fields, request.body, (collection, id) =>
        Boolean(this.store.get(request.scope, collection, id)),
      );
      if (issues.length > 0) return { status: 422, body: { detail: issues } };
    }
    const locked = lockedDocument(this.store, request.scope, op, request.path);
    if (locked) return { status: locked.status, body: errorBody(locked.message) };
    const computed = computedAnswer(op, request, this.store);
    if (computed) return { status: op.successStatus, body: this.present(op, op.successStatus, computed) };
    switch (op.kind) {
      case 'create':
        return this.create(request, op);
      case 'list':
        return this.list(request, op);
      case 'read':
      case 'update':
      case 'replace':
      case 'delete':
        return this.item(request, op);
      case 'action':
        return this.action(request, op);
      case 'replace-collection':
        return this.replaceCollection(request, op);
      case 'singleton-read':
      case 'singleton-update':
      case 'singleton-replace':
      case 'singleton-delete':
        return this.singleton(request, op);
      case 'rpc':
        return this.rpc(request, op);
    }
  }

  /** Reports a stored change to the listener (events, webhooks); the dispatch itself knows nothing of them. */
  private changed(
    request: ResourceRequest,
    change: Omit<Change, 'scope' | 'entityId' | 'apiVersion' | 'operationId'>,
  ): void {
    this.hooks.onChange?.({
      ...change,
      scope: request.scope,
      entityId: request.entityId,
      apiVersion: request.apiVersion,
      operationId: request.operation.operationId,
    });
  }

  private create(request: ResourceRequest, op: CollectionWriteOperation): Reply {
    const template = op.collection;
    const concrete = fillPath(template, request.path);
    const body = { ...this.bodyWithDefaults(request), ...uploadedFileFields(template, request.files) };
    let record = this.save(request, template, concrete, this.newRecord(request, template, body));
    record = this.createChildren(request, template, concrete, record, body);
    record = keepDefaultUnique(this.store, request.scope, concrete, record);
    record = this.keepUpload(request, template, concrete, record);
    this.changed(request, { kind: 'created', collection: template, after: record });
    return this.itemReply(request, op.successStatus, template, concrete, record);
  }

  private item(request: ResourceRequest, op: ItemOperation): Reply {
    const template = op.collection;
    const concrete = fillPath(template, request.path);
    const id = request.path[op.idParam] as string;
    const existing = this.store.get(request.scope, concrete, id) as StoredRecord;
    if (op.kind === 'delete') {
      this.store.delete(request.scope, concrete, id);
      this.changed(request, { kind: 'deleted', collection: template, before: existing });
      return op.successStatus === 204
        ? { status: 204 }
        : this.itemReply(request, op.successStatus, template, concrete, existing);
    }
    let record = existing;
    if (op.kind === 'update' || op.kind === 'replace') {
      // PATCH keeps what it does not name; PUT starts over, with the schema's defaults.
      const base = op.kind === 'update' ? mergePatch(existing, objectBody(request)) : this.bodyWithDefaults(request);
      record = { ...base, id: existing.id, created_at: existing.created_at, updated_at: this.now() } as StoredRecord;
      for (const link of itemChain(template)) record[link.param] ??= request.path[link.param];
      if (existing.entity_id !== undefined) record.entity_id ??= existing.entity_id;
      record = this.save(request, template, concrete, record);
      record = keepDefaultUnique(this.store, request.scope, concrete, record);
      this.changed(request, { kind: 'updated', collection: template, before: existing, after: record });
    }
    return this.itemReply(request, op.successStatus, template, concrete, record);
  }

  private list(request: ResourceRequest, op: ListOperation): Reply {
    const template = op.collection;
    const concrete = fillPath(template, request.path);
    let query: ListQuery;
    const token = request.query.pagination_token;
    if (typeof token === 'string') {
      const decoded = this.cursors.resolve(`${request.scope} ${concrete}`, token);
      if (!decoded) {
        return {
          status: 422,
          body: {
            detail: [{ loc: ['query', 'pagination_token'], msg: 'Invalid pagination token', type: 'value_error' }],
          },
        };
      }
      query = decoded;
    } else {
      query = queryFromParameters(request.query);
      if (!op.paginated) query.limit = Number.MAX_SAFE_INTEGER;
    }
    const records = this.store
      .list(request.scope, concrete)
      .map((r) => this.enrich(request.scope, template, concrete, r));
    const page = pageOf(records, query, (next) => this.cursors.issue(`${request.scope} ${concrete}`, next));
    const body: Json = { data: page.items };
    if (op.paginated) Object.assign(body, { next_pagination_token: page.next, prev_pagination_token: page.prev });
    return { status: op.successStatus, body: this.present(op, op.successStatus, body) };
  }

  private action(request: ResourceRequest, op: ActionOperation): Reply {
    const template = op.collection;
    const concrete = fillPath(template, request.path);
    const id = request.path[paramNames(op.target).at(-1) as string] as string;
    let record = this.store.get(request.scope, concrete, id) as StoredRecord;
    const action = op.action;
    const transition = WORKFLOWS[template]?.[action];
    if (transition) {
      // Moves that touch amounts need the derived totals (from line items), so they see the record as served.
      const served = this.enrich(request.scope, template, concrete, record);
      const now = this.now();
      const result = applyTransition(served, action, transition, objectBody(request), () => this.sequence.hex(32), now);
      // An illegal move is a 409 where the spec declares one; elsewhere (webhook
      // enable on an enabled subscription, say) the move is idempotent.
      if (!result.ok && op.statuses.includes('409')) return { status: 409, body: errorBody(result.message) };
      if (result.ok) {
        const before = record;
        record = afterMove(
          this.store,
          request.scope,
          request.entityId,
          { template, action },
          { ...result.record, updated_at: now },
          now,
        );
        this.store.put(request.scope, concrete, record);
        // A move with no target status (regenerating a secret) changes the object without moving it.
        const kind = transition.to ? 'moved' : 'updated';
        this.changed(request, { kind, collection: template, before, after: record, action });
      }
    } else if (action === 'make_default') {
      const before = record;
      record = makeDefault(this.store, request.scope, concrete, record, () => this.now());
      this.changed(request, { kind: 'updated', collection: template, before, after: record, action });
    } else if (action === 'clone') {
      record = this.save(
        request,
        template,
        concrete,
        this.newRecord(request, template, { ...record, status: undefined, id: undefined }),
      );
      this.changed(request, { kind: 'created', collection: template, after: record, action });
    }
    if (op.successStatus === 204 || !op.responseContentType) return { status: op.successStatus };
    return this.itemReply(request, op.successStatus, template, concrete, record);
  }

  /** Keeps an uploaded file's bytes and points its `url` at them, so what was uploaded can be downloaded back. */
  private keepUpload(request: ResourceRequest, template: string, concrete: string, record: StoredRecord): StoredRecord {
    const upload = request.files?.file ?? Object.values(request.files ?? {})[0];
    if (template !== '/files' || !upload?.content) return record;
    this.fileContents.put(record.id, { name: upload.name, mimetype: upload.mimetype, bytes: upload.content });
    if (!request.origin) return record;
    const withUrl = { ...record, url: downloadUrl(request.origin, record.id) };
    this.store.put(request.scope, concrete, withUrl);
    return withUrl;
  }

  /** Creates what Monite creates with a new object (a counterpart's address) and points the parent at it. */
  private createChildren(
    request: ResourceRequest,
    template: string,
    concrete: string,
    record: StoredRecord,
    body: Json,
  ): StoredRecord {
    let parent = record;
    for (const child of childrenCreatedWith(template, body)) {
      const childConcrete = `${concrete}/${record.id}/${child.segment}`;
      const now = this.now();
      const created = this.materialize(templateOf(this.catalog, childConcrete) ?? childConcrete, {
        ...child.data,
        id: this.freshId(),
        created_at: now,
        updated_at: now,
      });
      this.store.put(request.scope, childConcrete, created);
      parent = { ...parent, ...Object.fromEntries(child.parentFields.map((f) => [f, created.id])) };
    }
    if (parent !== record) this.store.put(request.scope, concrete, parent);
    return parent;
  }

  private replaceCollection(request: ResourceRequest, op: CollectionWriteOperation): Reply {
    const template = op.collection;
    const concrete = fillPath(template, request.path);
    const body = request.body;
    const items = Array.isArray(body)
      ? body
      : isObject(body)
        ? ((body.data ?? body.line_items ?? body.items ?? []) as unknown[])
        : [];
    const records = items.map((item) =>
      this.materialize(template, this.newRecord(request, template, isObject(item) ? item : {})),
    );
    const previous = this.store.list(request.scope, concrete);
    this.store.replaceAll(request.scope, concrete, records);
    for (const before of previous) this.changed(request, { kind: 'deleted', collection: template, before });
    for (const after of records) this.changed(request, { kind: 'created', collection: template, after });
    const enriched = records.map((r) => this.enrich(request.scope, template, concrete, r));
    return { status: op.successStatus, body: this.present(op, op.successStatus, { data: enriched }) };
  }

  private singleton(request: ResourceRequest, op: SingletonOperation): Reply {
    const path = fillPath(op.path, request.path);
    // Some child lists live inside their parent object (a receivable's line items).
    const parent = keptInParent(op.path);
    if (parent) return this.itemsKeptInParent(request, parent);
    if (op.kind === 'singleton-delete') {
      const removed = this.store.getSingleton(request.scope, path);
      this.store.setSingleton(request.scope, path, undefined);
      // Where the spec declares a JSON answer (DELETE /payables/{id}/suggestions), send one: the removed value, shaped.
      if (op.responseContentType !== 'application/json') return { status: op.successStatus };
      return { status: op.successStatus, body: this.present(op, op.successStatus, removed ?? this.generate(op, path)) };
    }
    const stored = this.store.getSingleton(request.scope, path);
    let value: unknown = stored ?? this.generate(op, path);
    if (op.kind === 'singleton-update') value = mergePatch(isObject(value) ? value : {}, objectBody(request));
    if (op.kind === 'singleton-replace') value = request.body ?? {};
    if (op.kind !== 'singleton-read' || stored === undefined) this.store.setSingleton(request.scope, path, value);
    if (!op.responseContentType) return { status: op.successStatus };
    if (op.responseContentType !== 'application/json')
      return { status: op.successStatus, body: new Uint8Array([37, 80, 68, 70]) };
    return { status: op.successStatus, body: this.present(op, op.successStatus, value) };
  }

  private itemsKeptInParent(
    request: ResourceRequest,
    parent: { collection: string; idParam: string; field: string },
  ): Reply {
    const op = request.operation;
    const id = request.path[parent.idParam] as string;
    const owner = this.store.get(request.scope, parent.collection, id) as StoredRecord;
    const items = objectBody(request).data ?? [];
    const record = this.save(request, parent.collection, parent.collection, {
      ...owner,
      [parent.field]: items,
      updated_at: this.now(),
    });
    this.changed(request, { kind: 'updated', collection: parent.collection, before: owner, after: record });
    return { status: op.successStatus, body: this.present(op, op.successStatus, { data: record[parent.field] }) };
  }

  /** A value for an operation nobody stored anything for, stable per path and seed. */
  private generate(op: MockOperation, key: string): unknown {
    return this.presenter.generate(op, key);
  }

  private rpc(request: ResourceRequest, op: RpcOperation): Reply {
    if (!op.responseContentType) return { status: op.successStatus };
    const value = this.generate(op, JSON.stringify(request.body ?? null));
    const withId = isObject(value) && 'id' in value ? { ...value, id: this.freshId() } : value;
    return { status: op.successStatus, body: this.present(op, op.successStatus, withId) };
  }
}
