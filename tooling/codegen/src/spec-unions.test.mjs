// The spec's unions told apart by one field, checked on the bundled spec:
// each branch must admit its own value of that field only, or the generated
// union does not narrow on it (packages/types/src/unions.test-d.ts proves the
// narrowing of each one listed here).
import { discriminantOf, listUnions } from '@monite-ts/openapi-model';
import { describe, expect, it } from 'vitest';
import { bundledSpecPath, readSpec } from './lib.mjs';

const spec = readSpec(bundledSpecPath({}));
const found = listUnions(spec).flatMap((union) => {
  const discriminant = discriminantOf(spec, union);
  return discriminant ? [{ pointer: union.pointer, ...discriminant }] : [];
});

describe('unions of the bundled spec told apart by one field', () => {
  it('are the ones the type tests cover', () => {
    expect(found.map((u) => `${u.pointer} ${u.property}`)).toEqual([
      '#/components/schemas/EntityResponse type',
      '#/components/schemas/RootSchema-Output object_type',
      '#/components/schemas/RootSchema-Input object_type',
      '#/components/schemas/CounterpartResponse type',
      '#/components/schemas/CounterpartCreatePayload type',
      '#/components/schemas/PurchaseOrderCounterpartSchema type',
      '#/components/schemas/QuoteResponsePayload/properties/entity type',
      '#/components/schemas/InvoiceResponsePayload/properties/entity type',
      '#/components/schemas/CreditNoteResponsePayload/properties/entity type',
      '#/components/schemas/ReceivableResponse type',
      '#/components/schemas/UpdateIssuedInvoice/properties/entity type',
      '#/components/schemas/ExportObjectSchema name',
      '#/components/schemas/DeliveryNoteResource/properties/entity type',
      '#/components/schemas/OcrTaskResponseSchema/properties/recognized_data type',
    ]);
  });

  it('each admit one value per branch, so checking the field narrows', () => {
    expect(
      found.filter((u) => !u.narrows).map((u) => `${u.pointer} ${u.property}: ${JSON.stringify(u.admitted)}`),
    ).toEqual([]);
  });
});
