/**
 * The state moves of the newer sections, merged into `WORKFLOWS` and
 * `INITIAL_STATUS` (`workflows.ts`): delivery notes, payment records,
 * entities, and attaching a receipt's file (a move without a status).
 */
import { attachedFile, attachRefusal, uuidFromHex } from './receipts.js';
import type { StoredRecord } from './stored-record.js';
import type { Transition } from './workflows.js';

type Json = Record<string, unknown>;

/** A payment record's history grows by one entry per move, with the mock's time. */
const recordMove =
  (status: string) =>
  (record: StoredRecord, body: Json, _fresh: () => string, now: string): Partial<StoredRecord> => ({
    history: [...(Array.isArray(record.history) ? record.history : []), { status, timestamp: now }],
    ...(typeof body.payment_intent_status === 'string' ? { payment_intent_status: body.payment_intent_status } : {}),
    ...(status === 'succeeded' ? { paid_at: typeof body.paid_at === 'string' ? body.paid_at : now } : {}),
  });

/**
 * Receipts have no status: attaching a file is allowed from "no status" (the
 * empty string `applyTransition` reads) once, then refused with 409.
 */
const attachFile: Transition = {
  from: [''],
  to: '',
  guard: (record) => attachRefusal(record),
  apply: (record, body, fresh) =>
    attachedFile(record.id, uuidFromHex(fresh()), typeof body.file === 'string' ? body.file : 'receipt.pdf'),
};

/** Moves of the newer sections, by collection template then action. */
export const SECTION_WORKFLOWS: Record<string, Record<string, Transition>> = {
  '/delivery_notes': {
    mark_as_delivered: { from: ['created'], to: 'delivered' },
    cancel: { from: ['created'], to: 'canceled' },
  },
  '/payment_records': {
    start_processing: { from: ['created'], to: 'processing', apply: recordMove('processing') },
    mark_as_succeeded: { from: ['created', 'processing'], to: 'succeeded', apply: recordMove('succeeded') },
    cancel: { from: ['created', 'processing'], to: 'canceled', apply: recordMove('canceled') },
  },
  // Neither move declares a 409: activating an active entity answers it unchanged.
  '/entities': {
    activate: { from: ['inactive'], to: 'active' },
    deactivate: { from: ['active'], to: 'inactive' },
  },
  '/receipts': { attach_file: attachFile },
};

/** Moves added to a collection that already has a workflow: a recurrence pauses and resumes. */
export const RECURRENCE_MOVES: Record<string, Transition> = {
  pause: { from: ['active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
};

/** Initial statuses of the newer sections (a payment record says its own, `succeeded` unless told). */
export const SECTION_INITIAL_STATUS: Record<string, string> = {
  '/delivery_notes': 'created',
  '/payment_records': 'succeeded',
  '/ocr_tasks': 'processing',
  '/entities': 'active',
};
