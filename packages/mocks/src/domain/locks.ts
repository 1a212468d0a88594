/**
 * Documents Monite stops changing once they leave their editable statuses:
 * an issued invoice or a paid payable refuses edits, line-item changes and
 * deletion. The state moves themselves go through the workflows.
 */
import type { StoredRecord } from './stored-record.js';

/** Per collection template: the statuses in which the document, its line items included, may change. */
const EDITABLE_STATUSES: Record<string, { statuses: readonly string[]; name: string }> = {
  '/payables': { statuses: ['draft', 'new'], name: 'Payable' },
  '/receivables': { statuses: ['draft'], name: 'Receivable' },
  '/payable_credit_notes': { statuses: ['draft', 'new'], name: 'Payable credit note' },
  // A delivery note is fixed once delivered or canceled.
  '/delivery_notes': { statuses: ['created'], name: 'Delivery note' },
};

/** Whether a collection's documents lock after their editable statuses. */
export function isLockable(collectionTemplate: string): boolean {
  return collectionTemplate in EDITABLE_STATUSES;
}

/**
 * Why a document may no longer change, or undefined when it may. Records
 * without a status (fixtures written before a workflow applies) are editable.
 */
export function lockReason(collectionTemplate: string, record: StoredRecord): string | undefined {
  const rule = EDITABLE_STATUSES[collectionTemplate];
  if (!rule || typeof record.status !== 'string' || rule.statuses.includes(record.status)) return undefined;
  return `${rule.name} ${record.id} is in status '${record.status}' and can no longer be changed.`;
}
