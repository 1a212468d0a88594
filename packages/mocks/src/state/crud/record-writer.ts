/**
 * The one writer of stored records that every operation kind goes through:
 * new records get their ids, timestamps, parent links and initial status;
 * written records get what their collection derives and what the read schema
 * requires; records are served with what Monite derives at read time; and
 * every change is reported to the listener (history, events, webhooks).
 */
import type { MockOperation } from '../../operations/operation-table.js';
import { fillPath, itemChain } from '../../operations/path-templates.js';
import { withDefaults } from '../../schema/defaults.js';
import type { SchemaDocument } from '../../schema/schema-document.js';
import { isObject, type Json, objectOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { type Catalog, childCollectionsOf, templateOf } from '../catalog.js';
import type { Change, ChangeListener } from '../changes.js';
import type { MockClock } from '../clock.js';
import type { DataSequence } from '../data-sequence.js';
import type { FileContents } from '../file-contents.js';
import type { Presenter } from '../presenter.js';
import type { CollectionRules, MoveContext, RuleBook, RuleContext, WriteContext } from '../rules.js';
import type { Store } from '../store.js';
import type { Reply, ResourceRequest } from './request.js';

/** What the writer is built from: the mock's store, schemas, rules and generators. */
export interface WriterParts {
  store: Store;
  document: SchemaDocument;
  catalog: Catalog;
  rules: RuleBook;
  presenter: Presenter;
  sequence: DataSequence;
  clock: MockClock;
  fileContents: FileContents;
  onChange: ChangeListener;
}

/** Writes, derives, serves and reports stored records. */
export class RecordWriter {
  constructor(readonly parts: WriterParts) {}

  get store(): Store {
    return this.parts.store;
  }

  /** The rules of a collection template (an empty set when Monite has none for it). */
  rulesOf(template: string): CollectionRules {
    return this.parts.rules.of(template) ?? { collection: template };
  }

  /** A fresh id from the seeded sequence. */
  freshId(): string {
    return this.parts.sequence.freshId();
  }

  /** The data clock's timestamp of a write. */
  now(): string {
    return this.parts.sequence.now();
  }

  /** What a rule may read in a scope. */
  ruleContext(scope: string, entityId?: string): RuleContext {
    const store = this.parts.store;
    return {
      store,
      scope,
      entityId,
      clock: this.parts.clock,
      get: (collection, id) => store.get(scope, collection, id),
      list: (collection) => store.list(scope, collection),
    };
  }

  /** What a move's guard and effect may read, stamped with this write's time. */
  moveContext(scope: string, entityId: string | undefined, now: string): MoveContext {
    return { ...this.ruleContext(scope, entityId), now, hex: () => this.parts.sequence.hex(32) };
  }

  /** What rules that write outside a request's CRUD (the clock, OCR) may do in a scope. */
  writeContext(scope: string, report: (change: Change) => void, entityId?: string): WriteContext {
    return {
      ...this.ruleContext(scope, entityId),
      freshId: () => this.freshId(),
      stamp: () => this.now(),
      complete: (collection, record) => this.completeFixture(collection, record),
      write: (change, concrete) => {
        const record = change.after;
        if (record) this.parts.store.put(scope, concrete ?? change.collection, record);
        report({ ...change, scope, entityId });
      },
    };
  }

  /** A write context for a request's rules: their writes are reported as the request's (its API version and operation). */
  requestWriteContext(request: ResourceRequest): WriteContext {
    const report = (change: Change) =>
      this.parts.onChange({ ...change, apiVersion: request.apiVersion, operationId: request.operation.operationId });
    return this.writeContext(request.scope, report, request.entityId);
  }

  /**
   * Runs what a stored change does to other objects (the collection's
   * `affects`), storing the object again when the effects change it; returns
   * the object as it now is.
   */
  applyEffects(
    request: ResourceRequest,
    template: string,
    concrete: string,
    change: Pick<Change, 'kind' | 'before' | 'action'> & { after: StoredRecord },
  ): StoredRecord {
    const changed = this.rulesOf(template).affects?.(change, this.requestWriteContext(request));
    if (!changed) return change.after;
    this.parts.store.put(request.scope, concrete, changed);
    return changed;
  }

  /** Shapes a value to the schema of a status of an operation, generating what is missing deterministically. */
  present(op: MockOperation, status: number, value: unknown): unknown {
    return this.parts.presenter.present(op, status, value);
  }

  /** A value for an operation nobody stored anything for, stable per key and seed. */
  generate(op: MockOperation, key: string): unknown {
    return this.parts.presenter.generate(op, key);
  }

  /** Fills a record's required fields from its collection's read schema, so reads agree with each other. */
  materialize(template: string, record: StoredRecord): StoredRecord {
    return this.parts.presenter.materialize(this.parts.catalog.readSchemas.get(template), record);
  }

  /** The collection template of a concrete collection path. */
  templateOf(collection: string): string | undefined {
    return templateOf(this.parts.catalog, collection);
  }

  /**
   * Completes a fixture (or an object a rule makes) before it is stored: the
   * initial status of its collection and every required field of its read
   * schema, as a created object would have.
   */
  completeFixture(collection: string, record: StoredRecord): StoredRecord {
    const template = this.templateOf(collection);
    if (!template) return record;
    const status = this.rulesOf(template).initialStatus;
    const withStatus = status && record.status === undefined ? { ...record, status } : record;
    return this.materialize(template, withStatus);
  }

  /** A new record of a collection from request fields: id, timestamps, parent links, entity, initial status, extras. */
  newRecord(request: ResourceRequest, template: string, fields: Json): StoredRecord {
    const now = this.now();
    const record: StoredRecord = { ...fields, id: this.freshId(), created_at: now, updated_at: now };
    // Nested objects point at their parent (`counterpart_id`, `payable_id`, ...), and entity objects at their entity.
    for (const link of itemChain(template)) record[link.param] ??= request.path[link.param];
    if (request.entityId) record.entity_id ??= request.entityId;
    const rules = this.rulesOf(template);
    if (rules.initialStatus && record.status === undefined) record.status = rules.initialStatus;
    const extras = rules.creationExtras?.(this.ruleContext(request.scope, request.entityId), () =>
      this.parts.sequence.hex(32),
    );
    return extras ? Object.assign(record, extras) : record;
  }

  /** Stores a written record as it will be served: derived fields, then what the read schema requires. */
  save(request: ResourceRequest, template: string, concrete: string, record: StoredRecord): StoredRecord {
    const rules = this.rulesOf(template);
    const derived = rules.deriveOnSave?.(record, this.ruleContext(request.scope, request.entityId)) ?? record;
    const saved = this.materialize(template, derived);
    this.parts.store.put(request.scope, concrete, saved);
    return saved;
  }

  /** A record as served: what Monite derives at read time from itself, its children and related objects. */
  enrich(scope: string, template: string, concrete: string, record: StoredRecord): StoredRecord {
    const rules = this.rulesOf(template);
    let out = rules.deriveOnRead?.(record) ?? record;
    for (const child of childCollectionsOf(this.parts.catalog, template, (t) => this.rulesOf(t).embedAs)) {
      // Children that are neither embedded nor derived from are not read (lists serve every record through here).
      if (!child.embedAs && !rules.deriveFromChildren) continue;
      const childPath = `${concrete}/${record.id}/${child.segment}`;
      const items = this.parts.store.list(scope, childPath);
      out = rules.deriveFromChildren?.(out, child.segment, items) ?? out;
      if (child.embedAs)
        out = { ...out, [child.embedAs]: items.map((i) => this.enrich(scope, child.template, childPath, i)) };
    }
    // Last: related objects (credit notes) change the totals the children gave.
    return rules.deriveFromRelated?.(out, this.ruleContext(scope)) ?? out;
  }

  /** The answer of an item operation: the record as served, shaped to the operation's schema. */
  itemReply(request: ResourceRequest, status: number, template: string, concrete: string, record: StoredRecord): Reply {
    const served = this.enrich(request.scope, template, concrete, record);
    return { status, body: this.present(request.operation, status, served) };
  }

  /** The request body with the defaults of its schema filled in. */
  bodyWithDefaults(request: ResourceRequest): Json {
    const schema = this.parts.document.operations[request.operation.operationId]?.body?.schema;
    const body = objectOf(request.body);
    const filled = withDefaults(schema, body, this.parts.document.components.schemas);
    return isObject(filled) ? filled : body;
  }

  /** Reports a stored change of a request to the listener. */
  changed(request: ResourceRequest, change: Omit<Change, 'scope' | 'entityId' | 'apiVersion' | 'operationId'>): void {
    this.parts.onChange({
      ...change,
      scope: request.scope,
      entityId: request.entityId,
      apiVersion: request.apiVersion,
      operationId: request.operation.operationId,
    });
  }

  /** The concrete path of a collection template for a request's path parameters. */
  concrete(template: string, request: ResourceRequest): string {
    return fillPath(template, request.path);
  }
}
