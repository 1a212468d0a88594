// Each union of the spec whose branches are told apart by one field: checking
// that field must narrow to one branch, so users write `cp.type ===
// 'organization'` rather than `'organization' in cp`. The list is the one
// openapi-model's discriminantOf() finds in the bundled spec (see
// tooling/codegen/src/spec-unions.test.mjs).
import { describe, expectTypeOf, it } from 'vitest';
import type { components } from './index.js';

type S = components['schemas'];

declare const counterpart: S['CounterpartResponse'];
declare const counterpartCreate: S['CounterpartCreatePayload'];
declare const purchaseOrderCounterpart: S['PurchaseOrderCounterpartSchema'];
declare const entity: S['EntityResponse'];
declare const receivable: S['ReceivableResponse'];
declare const quoteEntity: S['QuoteResponsePayload']['entity'];
declare const invoiceEntity: S['InvoiceResponsePayload']['entity'];
declare const creditNoteEntity: S['CreditNoteResponsePayload']['entity'];
declare const deliveryNoteEntity: S['DeliveryNoteResource']['entity'];
declare const issuedInvoiceEntity: NonNullable<S['UpdateIssuedInvoice']['entity']>;
declare const exportObject: S['ExportObjectSchema'];
declare const rootOutput: S['RootSchema-Output'];
declare const rootInput: S['RootSchema-Input'];
declare const receivableCreate: S['ReceivableFacadeCreatePayload'];
declare const recognized: NonNullable<S['OcrTaskResponseSchema']['recognized_data']>;

describe('counterparts', () => {
  it('CounterpartResponse narrows on type', () => {
    if (counterpart.type === 'organization') {
      expectTypeOf(counterpart).toEqualTypeOf<S['CounterpartOrganizationRootResponse']>();
      expectTypeOf(counterpart.organization).toEqualTypeOf<S['CounterpartOrganizationResponse']>();
    } else {
      expectTypeOf(counterpart).toEqualTypeOf<S['CounterpartIndividualRootResponse']>();
      expectTypeOf(counterpart.individual).toEqualTypeOf<S['CounterpartIndividualResponse']>();
    }
  });

  it('CounterpartCreatePayload narrows on type', () => {
    if (counterpartCreate.type === 'individual') {
      expectTypeOf(counterpartCreate).toEqualTypeOf<S['CounterpartIndividualRootCreatePayload']>();
    } else {
      expectTypeOf(counterpartCreate).toEqualTypeOf<S['CounterpartOrganizationRootCreatePayload']>();
    }
  });

  it("a purchase order's counterpart narrows on type", () => {
    if (purchaseOrderCounterpart.type === 'organization') {
      expectTypeOf(purchaseOrderCounterpart).toEqualTypeOf<S['PurchaseOrderCounterpartOrganizationRootResponse']>();
    } else {
      expectTypeOf(purchaseOrderCounterpart).toEqualTypeOf<S['PurchaseOrderCounterpartIndividualRootResponse']>();
    }
  });
});

describe('entities', () => {
  it('EntityResponse narrows on type', () => {
    if (entity.type === 'individual') {
      expectTypeOf(entity).toEqualTypeOf<S['EntityIndividualResponse']>();
    } else {
      expectTypeOf(entity).toEqualTypeOf<S['EntityOrganizationResponse']>();
    }
  });

  it('the entity of a quote, an invoice, a credit note and a delivery note narrows on type', () => {
    for (const e of [quoteEntity, invoiceEntity, creditNoteEntity, deliveryNoteEntity]) {
      if (e.type === 'organization') expectTypeOf(e).toEqualTypeOf<S['ReceivableEntityOrganization']>();
      else expectTypeOf(e).toEqualTypeOf<S['ReceivableEntityIndividual']>();
    }
  });

  it('the entity sent to update an issued invoice narrows on type', () => {
    if (issuedInvoiceEntity.type === 'organization') {
      expectTypeOf(issuedInvoiceEntity).toEqualTypeOf<S['ReceivableEntityOrganizationRequest']>();
    } else {
      expectTypeOf(issuedInvoiceEntity).toEqualTypeOf<S['ReceivableEntityIndividualRequest']>();
    }
  });
});

describe('documents', () => {
  it('ReceivableResponse narrows on type', () => {
    if (receivable.type === 'quote') expectTypeOf(receivable).toEqualTypeOf<S['QuoteResponsePayload']>();
    else if (receivable.type === 'invoice') expectTypeOf(receivable).toEqualTypeOf<S['InvoiceResponsePayload']>();
    else expectTypeOf(receivable).toEqualTypeOf<S['CreditNoteResponsePayload']>();
  });

  it('ExportObjectSchema narrows on name', () => {
    if (exportObject.name === 'payable') expectTypeOf(exportObject).toEqualTypeOf<S['ExportPayableSchema']>();
    else expectTypeOf(exportObject).toEqualTypeOf<S['ExportReceivableSchema']>();
  });

  it("an OCR task's recognized data narrows on type", () => {
    if (recognized.type === 'invoice') expectTypeOf(recognized).toEqualTypeOf<S['OCRInvoice']>();
    else if (recognized.type === 'credit_note') expectTypeOf(recognized).toEqualTypeOf<S['OCRCreditNote']>();
    else if (recognized.type === 'receipt') expectTypeOf(recognized).toEqualTypeOf<S['OCRReceipt']>();
  });
});

describe('approval policy scripts', () => {
  it('RootSchema (output and input) narrows on object_type', () => {
    if (rootOutput.object_type === 'payable') expectTypeOf(rootOutput).toEqualTypeOf<S['PayableSchema-Output']>();
    else expectTypeOf(rootOutput).toEqualTypeOf<S['CommonSchema-Output']>();
    if (rootInput.object_type === 'payable') expectTypeOf(rootInput).toEqualTypeOf<S['PayableSchema-Input']>();
    else expectTypeOf(rootInput).toEqualTypeOf<S['CommonSchema-Input']>();
  });
});

describe('a union that type does not fully tell apart', () => {
  it('ReceivableFacadeCreatePayload: quote narrows, invoice stays two shapes', () => {
    // A document based on another (ReceivableCreateBasedOnPayload) may be an
    // invoice or a credit note: `type` alone cannot tell it from a new invoice.
    if (receivableCreate.type === 'quote') {
      expectTypeOf(receivableCreate).toEqualTypeOf<S['ReceivableFacadeCreateQuotePayload']>();
    } else if (receivableCreate.type === 'invoice') {
      expectTypeOf(receivableCreate).toEqualTypeOf<
        S['ReceivableFacadeCreateInvoicePayload'] | S['ReceivableCreateBasedOnPayload']
      >();
    } else {
      expectTypeOf(receivableCreate).toEqualTypeOf<S['ReceivableCreateBasedOnPayload']>();
    }
  });
});
