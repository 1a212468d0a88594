/**
 * The CRUD of stored records: checks what every operation checks, then hands
 * the request to the handler of its operation kind. Which collection gets
 * which rule is the rule book's business; the CRUD only asks it.
 */
import type { MockOperation } from '../../operations/operation-table.js';
import type { ReferenceTable } from '../../operations/reference-table.js';
import type { SchemaDocument } from '../../schema/schema-document.js';
import { buildCatalog } from '../catalog.js';
import type { ChangeListener } from '../changes.js';
import type { MockClock } from '../clock.js';
import { CursorRegistry } from '../cursors.js';
import type { DataSequence } from '../data-sequence.js';
import { FileContents } from '../file-contents.js';
import { Presenter } from '../presenter.js';
import type { RuleBook } from '../rules.js';
import type { Store } from '../store.js';
import { action } from './actions.js';
import { lockedDocument, missingItem, unknownReference } from './checks.js';
import { create } from './create.js';
import { item } from './items.js';
import { list } from './list.js';
import { RecordWriter } from './record-writer.js';
import { replaceCollection } from './replace-collection.js';
import type { Reply, ResourceRequest } from './request.js';
import { rpc } from './rpc.js';
import { singleton } from './singletons.js';

/** What the CRUD is built from. */
export interface CrudOptions {
  store: Store;
  document: SchemaDocument;
  operations: readonly MockOperation[];
  references: ReferenceTable;
  rules: RuleBook;
  seed: string;
  startTime: number;
  clock: MockClock;
  sequence: DataSequence;
  onChange: ChangeListener;
}

/** Answers validated requests from the store, by operation kind. */
export class Crud {
  /** The one writer every kind goes through (rules that write outside a request use it too). */
  readonly writer: RecordWriter;
  /** Bytes of uploaded files, for download. */
  readonly fileContents = new FileContents();
  private readonly cursors: CursorRegistry;

  constructor(private readonly options: CrudOptions) {
    this.cursors = new CursorRegistry(options.seed);
    this.writer = new RecordWriter({
      store: options.store,
      document: options.document,
      catalog: buildCatalog(options.operations, options.document),
      rules: options.rules,
      presenter: new Presenter(options.document, options.seed, options.startTime),
      sequence: options.sequence,
      clock: options.clock,
      fileContents: this.fileContents,
      onChange: options.onChange,
    });
  }

  /** Forgets generated-state counters, so a reset mock replays the same data. */
  reset(): void {
    this.options.sequence.reset();
    this.cursors.clear();
    this.fileContents.clear();
  }

  /** Answers a validated request according to its operation's kind. */
  handle(request: ResourceRequest): Reply {
    const writer = this.writer;
    const store = this.options.store;
    const refused =
      missingItem(store, request) ??
      unknownReference(store, this.options.references, request) ??
      lockedDocument(store, (t) => writer.rulesOf(t), request);
    if (refused) return refused;
    const op = request.operation;
    switch (op.kind) {
      case 'create':
        return create(writer, request, op);
      case 'list':
        return list(writer, this.cursors, request, op);
      case 'read':
      case 'update':
      case 'replace':
      case 'delete':
        return item(writer, request, op);
      case 'action':
        return action(writer, request, op);
      case 'replace-collection':
        return replaceCollection(writer, request, op);
      case 'singleton-read':
      case 'singleton-update':
      case 'singleton-replace':
      case 'singleton-delete':
        return singleton(writer, request, op);
      case 'rpc':
        return rpc(writer, request, op);
    }
  }
}
