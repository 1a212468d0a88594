/**
 * Which stored collections are webhook object types, and how Monite spells
 * the events of each (API-FACTS, "Events and their delivery"). Monite's
 * spellings are irregular (`counterpart.delete`, `comment.create`), so they
 * are listed, not derived. Object types the catalogue does not list
 * (receivable, product, ...) follow the mock's own convention: `created`,
 * `updated`, `deleted`, and the new status for each state move.
 */

/** What happened to an object, as the resource layer reports it. */
export type ChangeKind = 'created' | 'updated' | 'deleted' | 'moved';

/** The webhook object type of each stored collection template that has one. */
export const OBJECT_TYPES: Readonly<Record<string, string>> = {
  '/accounting_connections': 'accounting_connection',
  '/approval_policies': 'approval_policy',
  '/approval_policies/{approval_policy_id}/processes': 'approval_policy_process',
  '/approval_requests': 'approval_request',
  '/bank_accounts': 'entity_bank_account',
  '/batch_payments': 'batch_payment',
  '/comments': 'comment',
  '/counterparts': 'counterpart',
  '/counterparts/{counterpart_id}/addresses': 'counterpart_address',
  '/counterparts/{counterpart_id}/bank_accounts': 'counterpart_bank_account',
  '/counterparts/{counterpart_id}/contacts': 'counterpart_contact_person',
  // The catalogue names counterpart_vat_id, but WebhookObjectType (what a subscription can ask for) only knows counterpart_tax_id.
  '/counterparts/{counterpart_id}/vat_ids': 'counterpart_tax_id',
  '/data_exports': 'export',
  '/delivery_notes': 'delivery_note',
  '/entities': 'entity',
  '/entity_users': 'entity_user',
  '/ocr_tasks': 'ocr_task',
  '/overdue_reminders': 'overdue_reminder',
  '/payable_credit_notes': 'payables_credit_note',
  '/payable_purchase_orders': 'payables_purchase_order',
  '/payables': 'payable',
  '/payables/{payable_id}/line_items': 'payable.line_item',
  '/payment_intents': 'payment_intent',
  '/payment_links': 'payment_link',
  '/payment_records': 'payment',
  '/payment_reminders': 'payment_reminder',
  '/products': 'product',
  '/projects': 'project',
  '/receipts': 'receipt',
  '/receivables': 'receivable',
  '/recurrences': 'recurrence',
  '/roles': 'role',
  '/tags': 'tag',
  '/transactions': 'transaction',
};

/** The events Monite documents per object type (the catalogue). Types absent here use the mock's convention. */
export const EVENT_CATALOGUE: Readonly<Record<string, readonly string[]>> = {
  accounting_connection: ['connected', 'disconnected', 'deauthorized', 'pending_auth'],
  approval_policy: ['created', 'updated', 'deleted', 'process_canceled'],
  approval_request: ['created', 'approved', 'rejected', 'canceled'],
  batch_payment: ['status_updated'],
  comment: ['create', 'update'],
  counterpart: ['created', 'updated', 'delete', 'metadata_update'],
  counterpart_address: ['created', 'update', 'delete', 'made_default'],
  counterpart_bank_account: ['created', 'update', 'delete'],
  counterpart_contact_person: ['created', 'update', 'delete', 'make_default'],
  counterpart_tax_id: ['created', 'update', 'delete'],
  entity: [
    'created',
    'updated',
    'onboarding_requirements.updated',
    'onboarding_requirements.status_updated',
    'payment_method.us_ach.activated',
    'payment_method.us_ach.deactivated',
  ],
  payable: [
    'created',
    'created_from_mail',
    'updated',
    'deleted',
    'submitted_for_approval',
    'approved',
    'rejected',
    'reopened',
    'canceled',
    'paid',
    'partially_paid',
    'ocr_finished',
  ],
  'payable.line_item': ['created', 'updated', 'deleted'],
  payment_intent: ['status_updated'],
  payment_link: ['created', 'status_updated'],
  project: ['created', 'updated', 'deleted'],
  tag: ['created', 'updated', 'deleted'],
};

/** Monite's irregular spellings of created/updated/deleted, per object type. */
const SPELLINGS: Readonly<Record<string, Partial<Record<ChangeKind, string>>>> = {
  comment: { created: 'create', updated: 'update' },
  counterpart: { deleted: 'delete' },
  counterpart_address: { updated: 'update', deleted: 'delete' },
  counterpart_bank_account: { updated: 'update', deleted: 'delete' },
  counterpart_contact_person: { updated: 'update', deleted: 'delete' },
  counterpart_tax_id: { updated: 'update', deleted: 'delete' },
};

/** Events named after the action endpoint that caused them, per object type. */
const ACTION_EVENTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  payable: {
    submit_for_approval: 'submitted_for_approval',
    approve_payment_operation: 'approved',
    reject: 'rejected',
    reopen: 'reopened',
    cancel: 'canceled',
    mark_as_paid: 'paid',
    mark_as_partially_paid: 'partially_paid',
  },
  approval_request: { approve: 'approved', reject: 'rejected', cancel: 'canceled' },
  counterpart_address: { make_default: 'made_default' },
  counterpart_contact_person: { make_default: 'make_default' },
};

/** Object types whose every state move is one `status_updated` event. */
const STATUS_UPDATED = new Set(['batch_payment', 'payment_intent', 'payment_link']);

/** What a change looks like to the catalogue. */
export interface CatalogueChange {
  kind: ChangeKind;
  /** The action segment that caused it (`approve_payment_operation`, `make_default`), if any. */
  action?: string;
  /** The status after a state move. */
  status?: string;
}

/**
 * The event name (the part after `<object_type>.`) of a change: Monite's
 * spelling where the catalogue has one, the mock's convention otherwise.
 */
export function eventNameOf(objectType: string, change: CatalogueChange): string {
  const byAction = change.action ? ACTION_EVENTS[objectType]?.[change.action] : undefined;
  if (byAction) return byAction;
  if (change.kind === 'moved') {
    if (STATUS_UPDATED.has(objectType)) return 'status_updated';
    return change.status || 'updated';
  }
  return SPELLINGS[objectType]?.[change.kind] ?? change.kind;
}

/** The object type of a collection template, when Monite sends events for it. */
export function objectTypeOf(collectionTemplate: string): string | undefined {
  return OBJECT_TYPES[collectionTemplate];
}

/** A short human description of an event: "Payable submitted for approval". */
export function describeEvent(objectType: string, eventName: string): string {
  const subject = objectType.replace(/[._]/g, ' ');
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${eventName.replace(/[._]/g, ' ')}`;
}

/** Whether a subscription's `event_types` admits an event: empty or absent admits all; entries may be bare (`created`) or full (`counterpart.created`). */
export function subscriptionWants(eventTypes: unknown, action: string, eventName: string): boolean {
  if (!Array.isArray(eventTypes) || eventTypes.length === 0) return true;
  return eventTypes.includes(eventName) || eventTypes.includes(action);
}
