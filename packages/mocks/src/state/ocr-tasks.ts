/**
 * OCR finishes on the first read: a task (or an uploaded receipt) answers
 * `processing` to the request that created it, and any later read of the
 * OCR tasks (or receipts) finds it finished, with its event. A client that
 * polls therefore sees one `processing` and then the result, whatever the
 * clock does.
 */
import { finishedTask, recognizedData } from '../domain/ocr.js';
import type { MockOperation } from '../operations/operation-table.js';
import type { WriteContext } from './changes.js';
import type { StoredRecord } from './store.js';

/** What finishing OCR needs from the rest of the state. */
export interface OcrContext extends WriteContext {
  scope: string;
}

type Json = Record<string, unknown>;

function finishTasks(ctx: OcrContext): void {
  for (const task of ctx.store.list(ctx.scope, '/ocr_tasks')) {
    if (task.status !== 'processing') continue;
    const stamp = ctx.stamp();
    const after = { ...finishedTask(task, stamp.slice(0, 10)), updated_at: stamp } as StoredRecord;
    ctx.store.put(ctx.scope, '/ocr_tasks', after);
    ctx.report({ kind: 'moved', collection: '/ocr_tasks', scope: ctx.scope, before: task, after });
  }
}

/** An uploaded receipt takes what OCR read: merchant, date, number, and one line item per recognised line. */
function finishReceipts(ctx: OcrContext): void {
  for (const receipt of ctx.store.list(ctx.scope, '/receipts')) {
    if (receipt.ocr_status !== 'processing') continue;
    const stamp = ctx.stamp();
    const data = recognizedData(receipt.id, 'receipt', stamp.slice(0, 10));
    const lines = (data.line_items as Json[]).map((line) =>
      ctx.complete('/receipts/{receipt_id}/line_items', {
        id: ctx.freshId(),
        created_at: stamp,
        updated_at: stamp,
        receipt_id: receipt.id,
        name: line.name,
        total: line.total_amount,
      }),
    );
    const collection = `/receipts/${receipt.id}/line_items`;
    for (const line of lines) {
      ctx.store.put(ctx.scope, collection, line);
      ctx.report({ kind: 'created', collection: '/receipts/{receipt_id}/line_items', scope: ctx.scope, after: line });
    }
    const after: StoredRecord = {
      ...receipt,
      ocr_status: 'success',
      merchant_name: receipt.merchant_name ?? (data.sender as Json).name,
      document_id: receipt.document_id ?? data.document_number,
      issued_at: receipt.issued_at ?? data.issued_at,
      currency: receipt.currency ?? data.currency,
      total_amount: data.total_amount,
      updated_at: stamp,
    };
    ctx.store.put(ctx.scope, '/receipts', after);
    ctx.report({ kind: 'updated', collection: '/receipts', scope: ctx.scope, before: receipt, after });
  }
}

/** Finishes the OCR a read is about to see: before any GET of OCR tasks or receipts. */
export function finishOcrBeforeRead(op: MockOperation, ctx: OcrContext): void {
  if (op.method !== 'GET') return;
  if (op.path.startsWith('/ocr_tasks')) finishTasks(ctx);
  else if (op.path.startsWith('/receipts')) finishReceipts(ctx);
}
