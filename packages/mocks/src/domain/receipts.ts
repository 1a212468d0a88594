/**
 * Receipts (expense management): a receipt's total is the sum of its line
 * items' totals once it has any; it holds at most one file (attaching a
 * second is a 409); an uploaded receipt is read by OCR on the first read
 * after its upload, taking the merchant, date, number and lines OCR found.
 */
import { type Json, objectOf } from '../shared/json.js';
import { stableUuid, uuidFromHex } from '../shared/stable-ids.js';
import type { StoredRecord } from '../shared/stored-record.js';
import type { Move, WriteContext } from '../state/rules.js';
import { uploadEndpoint } from './files.js';
import type { DomainModule } from './module.js';
import { finishBeforeRead } from './ocr/index.js';
import { recognizedData } from './ocr/recognition.js';

/** The collection of receipts. */
export const RECEIPTS = '/receipts';
const LINE_ITEMS = `${RECEIPTS}/{receipt_id}/line_items`;

/** Where the mock says a receipt's file lives (Monite serves files from its own bucket). */
const FILE_BASE = 'https://monite-file-saver-sandbox-eu-central-1.s3.amazonaws.com/sandbox/receipts';

/** A receipt's `total_amount` from its line items (each a `total` in minor units); unchanged without line items. */
export function deriveReceiptTotals(receipt: StoredRecord, lineItems: readonly Json[]): StoredRecord {
  if (lineItems.length === 0) return receipt;
  const total = lineItems.reduce((sum, item) => sum + (typeof item.total === 'number' ? item.total : 0), 0);
  return { ...receipt, total_amount: total };
}

/** The fields a receipt gets when a file is attached: its id and where it can be downloaded. */
export function attachedFile(receiptId: string, fileId: string, name: string): Json {
  // Never empty: an uploaded part without a name is refused (request validation) or named 'upload'.
  return { file_id: fileId, file_url: `${FILE_BASE}/${receiptId}/${encodeURIComponent(name)}` };
}

/**
 * A receipt as stored after a create: a file sent with it (`base64_encoded_file`
 * on create, the multipart `file` of an upload) becomes its attached file, and
 * an uploaded receipt is read by OCR, so its data source is `ocr`.
 */
export function deriveReceiptOnSave(receipt: StoredRecord): StoredRecord {
  const { base64_encoded_file: encoded, file, ...rest } = receipt;
  let out: StoredRecord = { ...rest } as StoredRecord;
  if (typeof file === 'string') {
    out = { ...out, ...attachedFile(receipt.id, stableUuid(`${receipt.id}:file`), file), source_of_data: 'ocr' };
    out.ocr_status ??= 'processing';
  } else if (typeof encoded === 'string' && encoded.length > 0 && out.file_id === undefined) {
    out = { ...out, ...attachedFile(receipt.id, stableUuid(`${receipt.id}:file`), 'receipt.pdf') };
  }
  out.source_of_data ??= 'user_specified';
  return out;
}

/** Why a file cannot be attached to a receipt (it already has one), or undefined. */
export function attachRefusal(receipt: StoredRecord): string | undefined {
  return typeof receipt.file_id === 'string'
    ? `Receipt ${receipt.id} already has a file attached; delete the receipt or create a new one.`
    : undefined;
}

/** Receipts have no status: attaching a file is allowed from "no status" once, then refused. */
const attachFile: Move = {
  from: [''],
  to: '',
  guard: (record) => attachRefusal(record),
  apply: (record, body, ctx) =>
    // The request requires its file, which the multipart reader gives as the file's name.
    attachedFile(record.id, uuidFromHex(ctx.hex()), String(objectOf(body).file)),
};

/** An uploaded receipt takes what OCR read: merchant, date, number, and one line item per recognised line. */
function finishReceipts(ctx: WriteContext): void {
  for (const receipt of ctx.list(RECEIPTS)) {
    if (receipt.ocr_status !== 'processing') continue;
    const stamp = ctx.stamp();
    const data = recognizedData(receipt.id, 'receipt', stamp.slice(0, 10));
    const lines = (data.line_items as Json[]).map((line) =>
      ctx.complete(LINE_ITEMS, {
        id: ctx.freshId(),
        created_at: stamp,
        updated_at: stamp,
        receipt_id: receipt.id,
        name: line.name,
        total: line.total_amount,
      }),
    );
    for (const line of lines)
      ctx.write({ kind: 'created', collection: LINE_ITEMS, after: line }, `${RECEIPTS}/${receipt.id}/line_items`);
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
    ctx.write({ kind: 'updated', collection: RECEIPTS, before: receipt, after });
  }
}

/** The receipts module. */
export const receipts: DomainModule = {
  name: 'receipts',
  collections: [
    {
      collection: RECEIPTS,
      events: { objectType: 'receipt' },
      moves: { attach_file: attachFile },
      deriveOnSave: deriveReceiptOnSave,
      deriveFromChildren: (record, segment, children) =>
        segment === 'line_items' ? deriveReceiptTotals(record, children) : record,
    },
  ],
  endpoints: [finishBeforeRead(RECEIPTS, finishReceipts), uploadEndpoint(RECEIPTS)],
};
