/**
 * Monite's events: every change of an object type the catalogue knows
 * becomes an event, kept in the store under its entity (so `GET /events`
 * pages, sorts and filters with the same machinery as any list) and handed
 * to whoever delivers webhooks.
 */
import type { StoredRecord } from '../shared/stored-record.js';
import type { Change } from './changes.js';
import { DataSequence } from './data-sequence.js';
import type { EventRule, RuleBook } from './rules.js';
import type { Store } from './store.js';

/** The collection events are stored in (the path of `GET /events`). */
export const EVENTS_COLLECTION = '/events';

/** An event as Monite serves it (`EventResource`). */
export interface MoniteEvent {
  id: string;
  created_at: string;
  /** `<object_type>.<event>`, e.g. `payable.submitted_for_approval`. */
  action: string;
  /** The `x-monite-version` of the request that caused it; null for changes the clock made. */
  api_version: string | null;
  description: string;
  entity_id: string | null;
  /** The object after the change; after a delete, `{ id }` of the object that went. */
  object: Record<string, unknown> | null;
  object_type: string;
}

/** Receives each recorded event with the scope it is stored in. */
export type EventListener = (event: MoniteEvent, scope: string) => void;

/**
 * The event name (the part after `<object_type>.`) of a change: Monite's
 * spelling where the collection's rule has one, else `created`, `updated`,
 * `deleted`, and the new status for a state move.
 */
export function eventNameOf(rule: EventRule, change: Pick<Change, 'kind' | 'action' | 'after'>): string {
  const byAction = change.action ? rule.actions?.[change.action] : undefined;
  if (byAction) return byAction;
  if (change.kind === 'moved') {
    if (rule.statusUpdated) return 'status_updated';
    return typeof change.after?.status === 'string' && change.after.status ? change.after.status : 'updated';
  }
  return rule.spellings?.[change.kind] ?? change.kind;
}

/** A short human description of an event: "Payable submitted for approval". */
export function describeEvent(objectType: string, eventName: string): string {
  const subject = objectType.replace(/[._]/g, ' ');
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${eventName.replace(/[._]/g, ' ')}`;
}

/** The entity an object belongs to: the request's, the object's own `entity_id`, or the entity itself. */
function entityOf(change: Change, record: StoredRecord | undefined, isEntity: boolean): string | undefined {
  if (change.entityId) return change.entityId;
  if (typeof record?.entity_id === 'string') return record.entity_id;
  return isEntity ? record?.id : undefined;
}

/**
 * What an event carries as its `object`: the object after the change, and
 * after a delete the id of the object that went (Monite's listeners find the
 * changed object by its id; a bare null would not say which one).
 */
export function objectOfEvent(change: Pick<Change, 'kind' | 'before' | 'after'>): Record<string, unknown> | null {
  if (change.kind === 'deleted') return change.before ? { id: change.before.id } : null;
  return change.after ?? null;
}

/**
 * Records events for changes and finds them again by id. Ids come from their
 * own seeded sequence, so recording events never shifts the ids of stored
 * objects.
 */
export class EventLog {
  private readonly sequence: DataSequence;
  private readonly scopeById = new Map<string, string>();
  /** Whether changes become events (off for a baseline in benchmarks). */
  enabled = true;

  constructor(
    private readonly store: Store,
    private readonly rules: RuleBook,
    seed: string,
    private readonly now: () => string,
    private readonly onEvent: EventListener,
  ) {
    this.sequence = new DataSequence(`${seed}:events`, 0);
  }

  /** Turns a change into an event when its object type has events; returns it. */
  record(change: Change): MoniteEvent | undefined {
    if (!this.enabled) return undefined;
    const rule = this.rules.of(change.collection)?.events;
    if (!rule) return undefined;
    const objectType = rule.objectType;
    const record = change.after ?? change.before;
    const name = eventNameOf(rule, change);
    const entityId = entityOf(change, record, rule.ownEntity === true);
    const event: MoniteEvent = {
      id: this.sequence.freshId(),
      created_at: this.now(),
      action: `${objectType}.${name}`,
      api_version: change.apiVersion ?? null,
      description: describeEvent(objectType, name),
      entity_id: entityId ?? null,
      object: objectOfEvent(change),
      object_type: objectType,
    };
    // An event of no entity stays with the partner whose request (or object) caused it.
    const scope = entityId ?? change.scope;
    // The store keys items by id and sorts lists by created_at; `updated_at` only satisfies its record type.
    this.store.put(scope, EVENTS_COLLECTION, { ...event, updated_at: event.created_at } as unknown as StoredRecord);
    this.scopeById.set(event.id, scope);
    this.onEvent(event, scope);
    return event;
  }

  /** An event by id, whichever entity it belongs to (`GET /events/{event_id}` takes no entity header). */
  find(id: string): MoniteEvent | undefined {
    const scope = this.scopeById.get(id);
    const stored = scope === undefined ? undefined : this.store.get(scope, EVENTS_COLLECTION, id);
    if (!stored) return undefined;
    const { updated_at: _ignored, ...event } = stored;
    return event as unknown as MoniteEvent;
  }

  /** The store scope an event is kept in: its entity, or for an event of no entity its partner's scope. */
  scopeOf(id: string): string | undefined {
    return this.scopeById.get(id);
  }

  /** Every recorded event still in the store, oldest first. */
  all(): MoniteEvent[] {
    return [...this.scopeById.keys()].flatMap((id) => this.find(id) ?? []);
  }

  /** Forgets the index and restarts the id sequence (the store is cleared by its owner). */
  reset(): void {
    this.scopeById.clear();
    this.sequence.reset();
  }

  /** The id sequence's position, for a state snapshot. */
  position(): number {
    return this.sequence.position();
  }

  /** Rebuilds the index from the store after a snapshot import, and puts the id sequence where it was. */
  restore(position: number): void {
    this.scopeById.clear();
    for (const scope of this.store.scopeIds())
      for (const event of this.store.list(scope, EVENTS_COLLECTION)) this.scopeById.set(event.id, scope);
    this.sequence.restore(position);
  }
}
