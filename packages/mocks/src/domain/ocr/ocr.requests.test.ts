// What Monite's OCR answers in the mock: a task finishes on the
// next read, `error` for a file OCR cannot read and `success` otherwise, with
// recognised data that is a pure function of the task id (so users' snapshots
// stay stable) and whose amounts add up the way an invoice, credit note or
// receipt does.
import { describe, expect, it } from 'vitest';
import { ENTITY } from '../../test/helpers.js';
import { sectionsClient } from '../../test/sections-helpers.js';

type Client = ReturnType<typeof sectionsClient>;
type Line = {
  name: string;
  quantity: number;
  unit: string;
  unit_price: number;
  subtotal: number;
  tax_rate: number;
  tax_amount: number;
  total_amount: number;
};

const ITEMS = ['Printer paper', 'Coffee beans', 'Desk lamp', 'Shipping', 'Toner cartridge', 'Lunch'];
const VENDORS = ['Acme Office Supplies GmbH', 'Café Central', 'Nordlicht Logistik AG', 'Bürobedarf Schmidt'];

/** A task seeded as `processing`, read back once: what OCR made of it. */
async function finished(client: Client, data: Record<string, unknown>) {
  const task = client.monite.seedResource({
    collection: '/ocr_tasks',
    entityId: ENTITY,
    data: { status: 'processing', ...data },
  });
  const read = await client.call('GET', `/ocr_tasks/${task.id}`);
  expect(read.status).toBe(200);
  return read.body;
}

describe('an OCR task finishes on the next read', () => {
  it('a file name or URL OCR cannot read ends in error; readable ones, or none, succeed', async () => {
    const client = sectionsClient();
    const cases: [Record<string, unknown>, string][] = [
      [{ file_url: 'https://files.example/notes.txt' }, 'error'],
      [{ file_url: 'https://files.example/archive.tar.gz?download=1' }, 'error'],
      [{ mock_source: 'notes.docx', file_url: 'https://files.example/scan.pdf' }, 'error'],
      [{ file_url: 'https://files.example/scan.PDF' }, 'success'],
      [{ file_url: 'https://files.example/photo.jpeg#page=1' }, 'success'],
      [{ file_url: 'https://files.example/photo.heic?x=a.txt' }, 'success'],
      [{ file_url: 'https://files.example/v1.2/scan' }, 'success'],
      [{ file_url: 'https://files.example/download' }, 'success'],
      [{ mock_source: 'scan.png', file_url: 'https://files.example/notes.txt' }, 'success'],
      [{}, 'success'],
    ];
    for (const [source, status] of cases) {
      const task = await finished(client, source);
      expect(task.status, JSON.stringify(source)).toBe(status);
      if (status === 'error') expect(task).not.toHaveProperty('recognized_data');
      else expect(task.recognized_data.type).toBe('invoice');
    }
  });

  it('the same task id always reads the same data', async () => {
    const client = sectionsClient();
    const task = await finished(client, {
      id: '0b7e9c52-3f1d-4a6e-9b8c-2d4f6a8e0c13',
      file_url: 'https://files.example/inv.pdf',
      document_type: 'invoice',
    });
    const party = {
      address: { city: 'Berlin', country: 'DE', postal_code: '10115' },
      bank_account: { iban: 'DE89370400440532013000' },
      vat_number: 'DE123456789',
    };
    const line = (name: string, quantity: number, unit_price: number, subtotal: number, tax_amount: number) => ({
      name,
      quantity,
      unit: 'pcs',
      unit_price,
      subtotal,
      tax_rate: 19,
      tax_amount,
      total_amount: subtotal + tax_amount,
    });
    expect(task.recognized_data).toEqual({
      type: 'invoice',
      currency: 'EUR',
      document_number: 'INV-9983',
      issue_date: '2024-05-25',
      due_date: '2024-05-25',
      amount_paid: 0,
      payment_terms: 'Net 14',
      line_items: [
        line('Printer paper', 3, 4550, 13650, 2594),
        line('Lunch', 2, 2200, 4400, 836),
        line('Toner cartridge', 1, 5800, 5800, 1102),
      ],
      subtotal: 23850,
      tax_rate: 19,
      tax_amount: 4532,
      total_amount: 28382,
      sender: { ...party, name: 'Nordlicht Logistik AG' },
      recipient: { ...party, name: 'Your Company GmbH', address: { ...party.address, city: 'Munich' } },
    });
  });
});

describe('recognised data', () => {
  it('lines whose amounts add up at 19% VAT, in prices of whole 50 cents', async () => {
    const client = sectionsClient();
    const seen = { names: new Set<string>(), vendors: new Set<string>(), counts: new Set<number>() };
    for (let i = 0; i < 40; i++) {
      const { recognized_data: data } = await finished(client, { file_url: `https://files.example/${i}.pdf` });
      const lines = data.line_items as Line[];
      seen.counts.add(lines.length);
      for (const line of lines) {
        seen.names.add(line.name);
        expect(line.unit).toBe('pcs');
        expect(line.tax_rate).toBe(19);
        expect(line.quantity).toBeGreaterThanOrEqual(1);
        expect(line.quantity).toBeLessThanOrEqual(4);
        expect(Number.isInteger(line.unit_price / 50)).toBe(true);
        expect(line.unit_price).toBeGreaterThanOrEqual(100);
        expect(line.unit_price).toBeLessThanOrEqual(6000);
        expect(line.subtotal).toBe(line.quantity * line.unit_price);
        expect(line.tax_amount).toBe(Math.round((line.subtotal * 19) / 100));
        expect(line.total_amount).toBe(line.subtotal + line.tax_amount);
      }
      expect(data.subtotal).toBe(lines.reduce((s, l) => s + l.subtotal, 0));
      expect(data.tax_amount).toBe(lines.reduce((s, l) => s + l.tax_amount, 0));
      expect(data.total_amount).toBe(data.subtotal + data.tax_amount);
      expect(data).toMatchObject({ currency: 'EUR', tax_rate: 19 });
      seen.vendors.add(data.sender.name);
    }
    expect([...seen.counts].sort()).toEqual([2, 3]);
    expect(ITEMS).toEqual(expect.arrayContaining([...seen.names]));
    expect(seen.names.size).toBe(ITEMS.length);
    expect(VENDORS).toEqual(expect.arrayContaining([...seen.vendors]));
    expect(seen.vendors.size).toBe(VENDORS.length);
  });

  it('an invoice: sender and recipient, issue and due date today, nothing paid, Net 14', async () => {
    const { recognized_data: data } = await finished(sectionsClient(), { document_type: 'invoice' });
    expect(data.document_number).toMatch(/^INV-\d{4}$/);
    expect(data).toMatchObject({
      type: 'invoice',
      issue_date: '2024-05-25',
      due_date: '2024-05-25',
      amount_paid: 0,
      payment_terms: 'Net 14',
      sender: { address: { city: 'Berlin', country: 'DE', postal_code: '10115' } },
      recipient: {
        name: 'Your Company GmbH',
        address: { city: 'Munich', country: 'DE', postal_code: '10115' },
        bank_account: { iban: 'DE89370400440532013000' },
        vat_number: 'DE123456789',
      },
    });
    expect(data.sender).toMatchObject({ bank_account: { iban: 'DE89370400440532013000' }, vat_number: 'DE123456789' });
  });

  it('a credit note names the invoice it corrects; a receipt has a time of issue and no discount', async () => {
    const client = sectionsClient();
    const { recognized_data: credit } = await finished(client, { document_type: 'credit_note' });
    expect(credit.document_number).toMatch(/^CN-\d{4}$/);
    expect(credit.original_invoice_number).toMatch(/^INV-\d{4}$/);
    expect(credit).toMatchObject({
      type: 'credit_note',
      issue_date: '2024-05-25',
      recipient: { name: 'Your Company GmbH' },
    });
    expect(credit).not.toHaveProperty('due_date');
    const { recognized_data: receipt } = await finished(client, { document_type: 'receipt' });
    expect(receipt.document_number).toMatch(/^R-\d{4}$/);
    expect(receipt).toMatchObject({ type: 'receipt', issued_at: '2024-05-25T12:00:00Z', discount: 0 });
    expect(receipt).not.toHaveProperty('recipient');
  });
});
