import { conform } from './conform.js';
import { withDefaults } from './defaults.js';
import { deriveDocumentTotals, deriveLineItem, deriveReceivable } from './derived.js';
import { fakeValue, type FakeContext } from './fake-data.js';
import { errorBody } from './http.js';
import { decodeToken, pageOf, queryFromParameters, type ListQuery } from './lists.js';
import type { JsonSchema, MockOperation, SchemaDocument } from './operation.js';
import { fillPath, itemChain, paramNames, segmentsOf } from './paths.js';
import { createRandom, hashString, randomUuid, type Random } from './random.js';
import { branchesOf, flatten } from './schema-tools.js';
import type { Store, StoredRecord } from './store.js';
import { applyTransition, INITIAL_STATUS, WORKFLOWS } from './workflows.js';

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
  body: unknown;
}

/** Fields of a child collection that Monite also shows inside the parent, by child path segment. */
const EMBEDDED_AS: Record<string, string> = { network_credentials: 'credentials' };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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

function notFound(what: string, id: string): Reply {
  const name = what.replace(/_/g, ' ').replace(/s$/, '');
  return { status: 404, body: errorBody(`${name.charAt(0).toUpperCase()}${name.slice(1)} ${id} was not found.`) };
}

/**
 * The stateful part of the mock: creates, reads, lists, updates and deletes
 * stored resources as the operation table classifies them, runs workflows,
 * and shapes every answer to the response schema the spec declares.
 */
export class Resources {
  private random: Random;
  private ticks = 0;
  private readonly readSchemas = new Map<string, JsonSchema>();
  private readonly children = new Map<string, string[]>();

  constructor(
    private readonly store: Store,
    private readonly document: SchemaDocument,
    operations: readonly MockOperation[],
    private readonly seed: string,
    private readonly startTime: number,
  ) {
    this.random = createRandom(seed);
    for (const op of operations) {
      const schema = this.successSchema(op);
      if (
        op.collection &&
        schema &&
        (op.kind === 'read' || (op.kind === 'create' && !this.readSchemas.has(op.collection)))
      ) {
        this.readSchemas.set(op.collection, schema);
      }
      if ((op.kind === 'create' || op.kind === 'list') && op.collection && op.parent) {
        const siblings = this.children.get(op.parent) ?? [];
        if (!siblings.includes(op.collection)) this.children.set(op.parent, [...siblings, op.collection]);
      }
    }
  }

  /** Forgets generated-state counters, so a reset mock replays the same data. */
  reset(): void {
    this.random = createRandom(this.seed);
    this.ticks = 0;
  }

  /** A fresh id from the seeded generator. */
  freshId(): string {
    return randomUuid(this.random);
  }

  /** The mock's clock for data: starts at a fixed time and moves one second per write, so data is reproducible. */
  now(): string {
    this.ticks += 1;
    return new Date(this.startTime + this.ticks * 1000).toISOString();
  }

  private successSchema(op: MockOperation): JsonSchema | undefined {
    const schema = this.document.operations[op.operationId]?.responses[String(op.successStatus)];
    return schema && !('contentType' in schema) ? schema : undefined;
  }

  /** What generated values depend on: a generator seeded from the mock's seed and a key, so the same key gives the same data. */
  private fakeContext(key: string, now: number | string = this.startTime): FakeContext {
    return {
      components: this.document.components.schemas,
      random: createRandom(hashString(`${this.seed}:${key}`)),
      now: new Date(now),
    };
  }

  /** Shapes a value to the schema of a status of an operation, generating what is missing deterministically. */
  present(op: MockOperation, status: number, value: unknown): unknown {
    const schema = this.document.operations[op.operationId]?.responses[String(status)];
    if (!schema || 'contentType' in schema) return undefined;
    const key = isObject(value) && typeof value.id === 'string' ? value.id : '';
    return conform(schema, value, this.fakeContext(`${op.operationId}:${key}`));
  }

  /** Fills a new record's required fields from the collection's read schema, so reads agree with each other. */
  private materialize(collectionTemplate: string, record: StoredRecord): StoredRecord {
    const schema = this.readSchemas.get(collectionTemplate);
    if (!schema) return record;
    const shaped = conform(schema, record, this.fakeContext(record.id, record.created_at));
    return isObject(shaped) ? ({ ...record, ...shaped } as StoredRecord) : record;
  }

  /**
   * Completes a fixture before it is stored: the initial status of its
   * workflow and every required field of its read schema, as a created
   * resource would have.
   */
  completeFixture(collection: string, record: StoredRecord): StoredRecord {
    const template = this.templateOf(collection);
    if (!template) return record;
    const status = INITIAL_STATUS[template];
    const withStatus = status && record.status === undefined ? { ...record, status } : record;
    return this.materialize(template, withStatus);
  }

  /** The collection template a concrete collection path belongs to (`/counterparts/3f.../contacts` -> `/counterparts/{counterpart_id}/contacts`). */
  private templateOf(collection: string): string | undefined {
    if (this.readSchemas.has(collection)) return collection;
    const segments = segmentsOf(collection);
    for (const template of this.readSchemas.keys()) {
      const parts = segmentsOf(template);
      if (parts.length === segments.length && parts.every((part, i) => part.startsWith('{') || part === segments[i]))
        return template;
    }
    return undefined;
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
    let out = collectionTemplate.endsWith('/line_items') ? deriveLineItem(record) : record;
    for (const child of this.childrenOf(collectionTemplate)) {
      const childPath = `${concreteCollection}/${record.id}/${child.segment}`;
      const items = this.store.list(scope, childPath);
      if (child.segment === 'line_items') out = deriveDocumentTotals(out, items);
      if (child.embedAs)
        out = { ...out, [child.embedAs]: items.map((i) => this.enrich(scope, child.template, childPath, i)) };
    }
    return out;
  }

  private readonly childCache = new Map<string, { template: string; segment: string; embedAs?: string }[]>();

  /** The child collections of a collection's items, and the parent field each is shown in (if any); computed once. */
  private childrenOf(collectionTemplate: string): { template: string; segment: string; embedAs?: string }[] {
    let cached = this.childCache.get(collectionTemplate);
    if (cached) return cached;
    cached = [];
    const itemTemplate = `${collectionTemplate}/{}`;
    const schema = this.readSchemas.get(collectionTemplate);
    for (const [parent, childTemplates] of this.children) {
      if (parent.replace(/\{[^}]+\}$/, '{}') !== itemTemplate) continue;
      for (const template of childTemplates) {
        const segment = segmentsOf(template).at(-1) as string;
        const field = EMBEDDED_AS[segment] ?? segment;
        cached.push({
          template,
          segment,
          embedAs: schema && this.schemaHasProperty(schema, field) ? field : undefined,
        });
      }
    }
    this.childCache.set(collectionTemplate, cached);
    return cached;
  }

  private schemaHasProperty(schemaIn: JsonSchema, field: string): boolean {
    const schema = flatten(schemaIn, this.document.components.schemas);
    const properties = schema.properties as Json | undefined;
    if (properties && field in properties) return true;
    return (branchesOf(schema) ?? []).some((b) => this.schemaHasProperty(b, field));
  }

  private newRecord(request: ResourceRequest, collectionTemplate: string, fields: Json): StoredRecord {
    const now = this.now();
    const record: StoredRecord = { ...fields, id: this.freshId(), created_at: now, updated_at: now };
    // Nested resources point at their parent (`counterpart_id`, `payable_id`, ...), and entity resources at their entity.
    for (const link of itemChain(collectionTemplate)) record[link.param] ??= request.path[link.param];
    if (request.entityId) record.entity_id ??= request.entityId;
    const status = INITIAL_STATUS[collectionTemplate];
    if (status && record.status === undefined) record.status = status;
    if (collectionTemplate === '/webhook_subscriptions') record.secret = `whsec_${this.random.hex(32)}`;
    return record;
  }

  private applyDerivations(request: ResourceRequest, collectionTemplate: string, record: StoredRecord): StoredRecord {
    if (collectionTemplate !== '/receivables') return record;
    return deriveReceivable(record, (id) => this.store.get(request.scope, '/products', id));
  }

  /** Stores a written record as it will be served: derived fields, then what the read schema requires. */
  private save(
    request: ResourceRequest,
    collectionTemplate: string,
    concrete: string,
    record: StoredRecord,
  ): StoredRecord {
    const saved = this.materialize(collectionTemplate, this.applyDerivations(request, collectionTemplate, record));
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
    const itemPath =
      op.kind === 'rpc' ? undefined : op.kind === 'action' || op.kind.startsWith('singleton-') ? op.target : op.path;
    const missing = itemPath && this.missingItem(request.scope, itemPath, request.path);
    if (missing) return missing;
    switch (op.kind) {
      case 'create':
        return this.create(request);
      case 'list':
        return this.list(request);
      case 'read':
      case 'update':
      case 'replace':
      case 'delete':
        return this.item(request);
      case 'action':
        return this.action(request);
      case 'replace-collection':
        return this.replaceCollection(request);
      case 'singleton-read':
      case 'singleton-update':
      case 'singleton-replace':
      case 'singleton-delete':
        return this.singleton(request);
      default:
        return this.rpc(request);
    }
  }

  private create(request: ResourceRequest): Reply {
    const op = request.operation;
    const template = op.collection as string;
    const concrete = fillPath(template, request.path);
    const record = this.save(
      request,
      template,
      concrete,
      this.newRecord(request, template, this.bodyWithDefaults(request)),
    );
    return this.itemReply(request, op.successStatus, template, concrete, record);
  }

  private item(request: ResourceRequest): Reply {
    const op = request.operation;
    const template = op.collection as string;
    const concrete = fillPath(template, request.path);
    const id = request.path[op.idParam as string] as string;
    const existing = this.store.get(request.scope, concrete, id) as StoredRecord;
    if (op.kind === 'delete') {
      this.store.delete(request.scope, concrete, id);
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
    }
    return this.itemReply(request, op.successStatus, template, concrete, record);
  }

  private list(request: ResourceRequest): Reply {
    const op = request.operation;
    const template = op.collection as string;
    const concrete = fillPath(template, request.path);
    let query: ListQuery;
    const token = request.query.pagination_token;
    if (typeof token === 'string') {
      const decoded = decodeToken(token);
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
    const page = pageOf(records, query);
    const body: Json = { data: page.items };
    if (op.paginated) Object.assign(body, { next_pagination_token: page.next, prev_pagination_token: page.prev });
    return { status: op.successStatus, body: this.present(op, op.successStatus, body) };
  }

  private action(request: ResourceRequest): Reply {
    const op = request.operation;
    const template = op.collection as string;
    const concrete = fillPath(template, request.path);
    const id = request.path[paramNames(op.target as string).at(-1) as string] as string;
    let record = this.store.get(request.scope, concrete, id) as StoredRecord;
    const action = op.action as string;
    const transition = WORKFLOWS[template]?.[action];
    if (transition) {
      // Moves that touch amounts need the derived totals (from line items), so they see the record as served.
      const served = this.enrich(request.scope, template, concrete, record);
      const result = applyTransition(served, action, transition, objectBody(request), () => this.random.hex(32));
      // An illegal move is a 409 where the spec declares one; elsewhere (webhook
      // enable on an enabled subscription, say) the move is idempotent.
      if (!result.ok && op.statuses.includes('409')) return { status: 409, body: errorBody(result.message) };
      if (result.ok) {
        record = { ...result.record, updated_at: this.now() };
        this.store.put(request.scope, concrete, record);
      }
    } else if (action === 'make_default') {
      record = this.makeDefault(request.scope, concrete, record);
    } else if (action === 'clone') {
      record = this.save(
        request,
        template,
        concrete,
        this.newRecord(request, template, { ...record, status: undefined, id: undefined }),
      );
    }
    if (op.successStatus === 204 || !op.responseContentType) return { status: op.successStatus };
    return this.itemReply(request, op.successStatus, template, concrete, record);
  }

  /** Marks one item as its collection's default (per currency for bank accounts) and unmarks the others. */
  private makeDefault(scope: string, concrete: string, record: StoredRecord): StoredRecord {
    const perCurrency = 'currency' in record || concrete.endsWith('bank_accounts');
    const field = perCurrency ? 'is_default_for_currency' : 'is_default';
    let chosen = record;
    for (const item of this.store.list(scope, concrete)) {
      if (perCurrency && item.id !== record.id && item.currency !== record.currency) continue;
      const updated = {
        ...item,
        [field]: item.id === record.id,
        updated_at: item.id === record.id ? this.now() : item.updated_at,
      };
      this.store.put(scope, concrete, updated);
      if (item.id === record.id) chosen = updated;
    }
    return chosen;
  }

  private replaceCollection(request: ResourceRequest): Reply {
    const op = request.operation;
    const template = op.collection as string;
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
    this.store.replaceAll(request.scope, concrete, records);
    const enriched = records.map((r) => this.enrich(request.scope, template, concrete, r));
    return { status: op.successStatus, body: this.present(op, op.successStatus, { data: enriched }) };
  }

  private singleton(request: ResourceRequest): Reply {
    const op = request.operation;
    const path = fillPath(op.path, request.path);
    // A receivable's line items live inside the receivable.
    if (op.path === '/receivables/{receivable_id}/line_items') return this.receivableLineItems(request);
    if (op.kind === 'singleton-delete') {
      this.store.setSingleton(request.scope, path, undefined);
      return { status: op.successStatus };
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

  private receivableLineItems(request: ResourceRequest): Reply {
    const op = request.operation;
    const id = request.path.receivable_id as string;
    const receivable = this.store.get(request.scope, '/receivables', id) as StoredRecord;
    const lineItems = objectBody(request).data ?? [];
    const record = this.save(request, '/receivables', '/receivables', {
      ...receivable,
      line_items: lineItems,
      updated_at: this.now(),
    });
    return { status: op.successStatus, body: this.present(op, op.successStatus, { data: record.line_items }) };
  }

  /** A value for an operation nobody stored anything for, stable per path and seed. */
  private generate(op: MockOperation, key: string): unknown {
    const schema = this.successSchema(op);
    return schema && fakeValue(schema, this.fakeContext(`${op.operationId}:${key}`));
  }

  private rpc(request: ResourceRequest): Reply {
    const op = request.operation;
    if (!op.responseContentType) return { status: op.successStatus };
    const value = this.generate(op, JSON.stringify(request.body ?? null));
    const withId = isObject(value) && 'id' in value ? { ...value, id: this.freshId() } : value;
    return { status: op.successStatus, body: this.present(op, op.successStatus, withId) };
  }
}
