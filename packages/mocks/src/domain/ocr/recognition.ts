/**
 * What Monite's OCR recognises in a document, as the mock answers it: a final
 * status for the file and recognised data whose amounts add up (line totals
 * make the subtotal, tax on it makes the total). The data is a pure function
 * of the task id, so every read of a task agrees.
 */
import { textOf } from '../../shared/json.js';
import { stableUuid } from '../../shared/stable-ids.js';

type Json = Record<string, unknown>;

/** File types Monite's OCR reads; a file or URL ending in another extension fails with `error`. */
const READABLE = /\.(pdf|png|jpe?g|heic|heif|tiff?|webp)$/i;

/** Whether a file name or URL names something OCR cannot read (an extension outside `READABLE`). */
export function isUnreadable(source: string | undefined): boolean {
  if (!source) return false;
  const [path] = source.split(/[?#]/) as [string];
  const last = path.split('/').at(-1) as string;
  return last.includes('.') && !READABLE.test(last);
}

/** Small deterministic numbers from a key: the n-th value in [min, max]. */
function pick(key: string, n: number, min: number, max: number): number {
  // A uuid's first eight hex digits come before its first dash.
  const hex = stableUuid(`${key}:${n}`).slice(0, 8);
  return min + (Number.parseInt(hex, 16) % (max - min + 1));
}

const VENDORS = ['Acme Office Supplies GmbH', 'Café Central', 'Nordlicht Logistik AG', 'Bürobedarf Schmidt'];
const ITEMS = ['Printer paper', 'Coffee beans', 'Desk lamp', 'Shipping', 'Toner cartridge', 'Lunch'];

/** A party as OCR reads it off a document. */
function party(name: string, city: string): Json {
  return {
    name,
    address: { city, country: 'DE', postal_code: '10115', line1: 'Hauptstrasse 1' },
    bank_account: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
    vat_number: 'DE123456789',
  };
}

/**
 * The data OCR recognises for a task: an invoice, a credit note or a receipt
 * with two or three lines at 19% VAT, amounts in minor units. Lines carry
 * `subtotal`, `tax_amount` and `total_amount`; the document's are their sums.
 */
export function recognizedData(taskId: string, documentType: string, issuedOn: string): Json {
  const count = pick(taskId, 0, 2, 3);
  const rate = 19;
  const lines = Array.from({ length: count }, (_, i) => {
    const quantity = pick(taskId, 10 + i, 1, 4);
    const unitPrice = pick(taskId, 20 + i, 2, 120) * 50;
    const subtotal = quantity * unitPrice;
    const tax = Math.round((subtotal * rate) / 100);
    return {
      name: ITEMS[pick(taskId, 30 + i, 0, ITEMS.length - 1)],
      quantity,
      unit: 'pcs',
      unit_price: unitPrice,
      subtotal,
      tax_rate: rate,
      tax_amount: tax,
      total_amount: subtotal + tax,
    };
  });
  const subtotal = lines.reduce((sum, l) => sum + l.subtotal, 0);
  const taxAmount = lines.reduce((sum, l) => sum + l.tax_amount, 0);
  const sender = party(VENDORS[pick(taskId, 1, 0, VENDORS.length - 1)] as string, 'Berlin');
  const common = {
    currency: 'EUR',
    document_number: `${documentType === 'credit_note' ? 'CN' : documentType === 'receipt' ? 'R' : 'INV'}-${pick(taskId, 2, 1000, 9999)}`,
    line_items: lines,
    subtotal,
    tax_amount: taxAmount,
    tax_rate: rate,
    total_amount: subtotal + taxAmount,
    sender,
  };
  if (documentType === 'receipt')
    return { ...common, type: 'receipt', issued_at: `${issuedOn}T12:00:00Z`, discount: 0 };
  const recipient = party('Your Company GmbH', 'Munich');
  if (documentType === 'credit_note')
    return {
      ...common,
      type: 'credit_note',
      issue_date: issuedOn,
      recipient,
      original_invoice_number: `INV-${pick(taskId, 3, 1000, 9999)}`,
    };
  return {
    ...common,
    type: 'invoice',
    issue_date: issuedOn,
    due_date: issuedOn,
    recipient,
    amount_paid: 0,
    payment_terms: 'Net 14',
  };
}

/** A finished OCR task: `success` with recognised data, or `error` for a file OCR cannot read. */
export function finishedTask(task: Json, issuedOn: string): Json {
  if (isUnreadable(textOf(task.mock_source) ?? textOf(task.file_url))) return { ...task, status: 'error' };
  // A task without a document type (a seeded one) reads as an invoice: any type but a receipt's or a credit note's does.
  const type = String(task.document_type);
  return { ...task, status: 'success', recognized_data: recognizedData(String(task.id), type, issuedOn) };
}
