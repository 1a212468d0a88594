/**
 * The contract between the generic CRUD of stored records and Monite's rules:
 * what a collection may say about its objects (initial status, moves, locks,
 * derived fields, history, events) and what a rule may read and do while it
 * runs. `domain/` fills it in, one module per Monite object family; nothing
 * in `state/` knows a collection by name.
 */
import type { Json } from '../shared/json.js';
import type { UploadedFile } from '../shared/uploaded-file.js';
import type { StoredRecord } from '../shared/stored-record.js';
import type { Change, ChangeKind } from './changes.js';
import type { MockClock } from './clock.js';
import type { Store } from './store.js';

/** What any rule may read (and, for rules that write, do) in one scope of the store. */
export interface RuleContext {
  readonly store: Store;
  /** The store scope: an entity id or a partner scope. */
  readonly scope: string;
  /** The request's entity, when the operation is entity-scoped. */
  readonly entityId?: string;
  /** The mock's clock: what "today" is for due dates, expiry and guards. */
  readonly clock: MockClock;
  /** An object of the scope's collection (concrete path), or undefined. */
  get(collection: string, id: string): StoredRecord | undefined;
  /** The objects of the scope's collection (concrete path), in creation order. */
  list(collection: string): StoredRecord[];
}

/** What a rule that writes outside the generic CRUD (the clock's effects, OCR finishing) may also do. */
export interface WriteContext extends RuleContext {
  /** A fresh id from the data sequence, so ids stay reproducible. */
  freshId(): string;
  /** A write timestamp (moves a fixed clock one second, like any write). */
  stamp(): string;
  /** Fills the required fields of a new object of a collection (template or concrete path), as a created one has. */
  complete(collection: string, record: StoredRecord): StoredRecord;
  /** Stores an object and reports the change (history, events, webhooks). */
  write(change: Omit<Change, 'scope'>, concrete?: string): void;
}

/** What a workflow move's guard and effect may read. */
export interface MoveContext extends RuleContext {
  /** The data clock's timestamp of this write. */
  readonly now: string;
  /** 32 fresh hex digits (secrets, file ids). */
  hex(): string;
}

/** A state move of an action endpoint: allowed source statuses and the resulting one (`''` moves nothing). */
export interface Move {
  from: readonly string[];
  to: string;
  /** Further changes the move makes (amounts paid, a secret, a number). */
  apply?: (record: StoredRecord, body: Json, ctx: MoveContext) => Partial<StoredRecord>;
  /** An extra precondition; returns why the move is refused. */
  guard?: (record: StoredRecord, body: Json, ctx: MoveContext) => string | undefined;
}

/** What an action that is not a status move (`make_default`, `clone`) may do. */
export interface ActionContext extends RuleContext {
  /** A write timestamp (moves a fixed clock one second, like any write). */
  stamp(): string;
  /** The concrete collection path of the target. */
  readonly collection: string;
  readonly body: Json;
  /** Stores a new object of the target's collection made from `fields`, as a create would. */
  create(fields: Json): StoredRecord;
  /** Stores an object of the collection (concrete path) as it is. */
  put(collection: string, record: StoredRecord): void;
}

/** An action endpoint that is not a status move: answers with the record it returns, reporting the change. */
export interface CustomAction {
  run(target: StoredRecord, ctx: ActionContext): { record: StoredRecord; kind: 'created' | 'updated' };
}

/** What a rule may do right after an object is created from a request. */
export interface CreatedContext {
  /** Files uploaded with the request, by form field. */
  files?: Readonly<Record<string, UploadedFile>>;
  /** The origin the request was sent to, for URLs the mock hands out. */
  origin?: string;
  /** Keeps an uploaded file's bytes under an id, so it can be downloaded back. */
  keepFile(id: string, file: { name: string; mimetype: string; bytes: Uint8Array }): void;
}

/** A child object Monite creates together with its parent, and the parent fields that point at it. */
export interface CreatedChild {
  /** The child collection's path segment below the parent item (`addresses`). */
  segment: string;
  data: Json;
  /** Parent fields set to the child's id (`default_billing_address_id`). */
  parentFields: string[];
}

/** One entry of a document's history, without its id and timestamp. */
export interface HistoryEntry {
  event_type: string;
  event_data: Json;
}

/** Where a document keeps its history and which entries a change writes. */
export interface HistoryRule {
  /** The history collection template (`/payables/{payable_id}/history`). */
  collection: string;
  /** The field of an entry naming the document (`payable_id`). */
  idField: string;
  entries(change: Pick<Change, 'kind' | 'before' | 'after' | 'action'>): HistoryEntry[];
}

/** How a collection's changes become webhook events. */
export interface EventRule {
  /** The webhook object type (`payable`, `counterpart_contact_person`). */
  objectType: string;
  /** Monite's spelling of created/updated/deleted where it is irregular (`counterpart.delete`). */
  spellings?: Partial<Record<ChangeKind, string>>;
  /** Events named after the action that caused them (`approve_payment_operation` -> `approved`). */
  actions?: Readonly<Record<string, string>>;
  /** Every state move is one `status_updated` event. */
  statusUpdated?: boolean;
  /** The object is an entity: its events belong to the entity itself. */
  ownEntity?: boolean;
}

/** Monite's rules for one stored collection. Every part is optional. */
export interface CollectionRules {
  /** The collection template (`/payables`, `/counterparts/{counterpart_id}/contacts`). */
  collection: string;
  events?: EventRule;
  /** The status a new object starts in. */
  initialStatus?: string;
  /** State moves by action segment. */
  moves?: Readonly<Record<string, Move>>;
  /** Other actions by segment. */
  actions?: Readonly<Record<string, CustomAction>>;
  /** The statuses in which an object (and its children) may change, and its name in the refusal. */
  lock?: { statuses: readonly string[]; name: string };
  /** The parent field a child collection is shown in, when not its own segment (`credentials`). */
  embedAs?: string;
  /**
   * Child lists Monite keeps inside the object rather than as a collection
   * (a receivable's `line_items`): the item path's id parameter and the fields.
   */
  keptInside?: { idParam: string; fields: readonly string[] };
  /** Default flags are per currency (`is_default_for_currency`), as for bank accounts. */
  defaultPerCurrency?: boolean;
  /** What a new object gets besides the request (secrets, names copied from the entity). */
  creationExtras?(ctx: RuleContext, hex: () => string): Json;
  /** Fields a new object takes from the files uploaded with it (a file object is the file itself). */
  fieldsFromFiles?(files: Readonly<Record<string, UploadedFile>> | undefined): Json;
  /** What happens right after a create (an uploaded file kept for download); the object to store instead, if any. */
  afterCreate?(record: StoredRecord, ctx: CreatedContext): StoredRecord | undefined;
  /** Children Monite creates with a new object. */
  childrenCreatedWith?(body: Json): CreatedChild[];
  /** Fields derived when an object is written. */
  deriveOnSave?(record: StoredRecord, ctx: RuleContext): StoredRecord;
  /** Fields derived at read time from the object itself. */
  deriveOnRead?(record: StoredRecord): StoredRecord;
  /** Fields derived at read time from a child collection (document totals from line items). */
  deriveFromChildren?(record: StoredRecord, childSegment: string, children: StoredRecord[]): StoredRecord;
  /** Fields derived at read time from other collections (a payable's credit notes). */
  deriveFromRelated?(record: StoredRecord, ctx: RuleContext): StoredRecord;
  /** What Monite fills in after a move (a number on issue). */
  afterMove?(record: StoredRecord, action: string, ctx: MoveContext): StoredRecord;
  /**
   * What a new or moved object does to other objects (a payment record paying
   * its invoice, an issued credit note reducing it): runs after the object is
   * stored and before its own change is reported, with a context whose writes
   * are stored and reported like any other. Returns the object to store
   * instead, when the effects change it too (the paid document's statuses).
   */
  affects?(change: Pick<Change, 'kind' | 'before' | 'after' | 'action'>, ctx: WriteContext): StoredRecord | undefined;
  history?: HistoryRule;
}

/** The rules of every collection, as the CRUD and the event log consult them. */
export interface RuleBook {
  /** The rules of a collection template, if it has any. */
  of(collection: string): CollectionRules | undefined;
  /**
   * Items of a child path that live inside their parent object (a
   * receivable's line items): the parent collection, its id parameter and field.
   */
  keptInParent(pathTemplate: string): { collection: string; idParam: string; field: string } | undefined;
}
