// What OCR recognises, as pure functions of the task: the document's type
// and parties, and numbers that differ from task to task.
import { describe, expect, it } from 'vitest';
import { recognizedData } from './recognition.js';

describe('recognizedData', () => {
  it('reads an invoice, a credit note or a receipt as that type', () => {
    expect(recognizedData('t1', 'invoice', '2024-05-25')).toMatchObject({ type: 'invoice', due_date: '2024-05-25' });
    expect(recognizedData('t1', 'credit_note', '2024-05-25')).toMatchObject({ type: 'credit_note' });
    expect(recognizedData('t1', 'receipt', '2024-05-25')).toMatchObject({
      type: 'receipt',
      issued_at: '2024-05-25T12:00:00Z',
    });
  });

  it('reads the sender with its German address and bank account', () => {
    const { sender } = recognizedData('t1', 'invoice', '2024-05-25') as { sender: Record<string, unknown> };
    expect(sender).toMatchObject({
      address: { city: 'Berlin', country: 'DE', postal_code: '10115', line1: 'Hauptstrasse 1' },
      bank_account: { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
      vat_number: 'DE123456789',
    });
  });

  it('gives different tasks different numbers', () => {
    const numbers = ['t1', 't2', 't3', 't4', 't5'].map(
      (id) => recognizedData(id, 'invoice', '2024-05-25').document_number,
    );
    expect(new Set(numbers).size).toBeGreaterThan(1);
  });
});
