/**
 * Monite's receipts (expense management): a receipt's total is the sum of its
 * line items' totals once it has any, and a receipt holds at most one file.
 */
import type { StoredRecord } from './stored-record.js';

type Json = Record<string, unknown>;

/** Where the mock says a receipt's file lives (Monite serves files from its own bucket). */
const FILE_BASE = 'https://monite-file-saver-sandbox-eu-central-1.s3.amazonaws.com/sandbox/receipts';

/**
 * Whether child items are a receipt's line items: they point at their receipt
 * (`receipt_id`) and carry only a `total`, unlike payable line items with a
 * quantity, unit price and tax rate.
 */
export function isReceiptLineItems(items: readonly Json[]): boolean {
  // Stryker disable next-line MethodExpression: a receipt's lines all carry receipt_id and a payable's never do (extra fields are refused), so some and every agree
  return items.length > 0 && items.every((item) => typeof item.receipt_id === 'string');
}

/** A receipt's `total_amount` from its line items (each a `total` in minor units); unchanged without line items. */
export function deriveReceiptTotals(receipt: StoredRecord, lineItems: readonly Json[]): StoredRecord {
  if (lineItems.length === 0) return receipt;
  const total = lineItems.reduce((sum, item) => sum + (typeof item.total === 'number' ? item.total : 0), 0);
  return { ...receipt, total_amount: total };
}

/** A uuid-shaped id from 32 hex digits (the data sequence's `hex(32)`). */
export function uuidFromHex(hex: string): string {
  // Stryker disable next-line StringLiteral: every caller passes 32 hex digits (four 8-digit hash parts, or the data sequence's hex(32)), so nothing is padded
  const h = hex.padEnd(32, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A uuid-shaped id that is a pure function of a key (FNV-1a over four salts),
 * for ids Monite makes together with another object: the same object always
 * gets the same one, so reads and snapshots agree without a sequence.
 */
export function stableUuid(key: string): string {
  const part = (salt: number): string => {
    let hash = 0x811c9dc5 ^ salt;
    for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
    return (hash >>> 0).toString(16).padStart(8, '0');
  };
  return uuidFromHex([0, 1, 2, 3].map(part).join(''));
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
