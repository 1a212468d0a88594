// Which invoice fields Monite requires for an entity and a counterpart
//: reverse charge between two EU businesses, the tax number
// without a VAT ID, and US entities' tax rate values. An invoice form shows
// exactly these flags and descriptions.
import { describe, expect, it } from 'vitest';
import { requiredFields } from './required-fields.js';

const OPTIONAL = { required: false, description: 'Optional.' };

describe('requiredFields', () => {
  it('a German business invoicing a French business: reverse charge needs both VAT IDs, no tax number', () => {
    expect(
      requiredFields({
        entityCountry: 'DE',
        entityHasVatId: false,
        counterpartCountry: 'FR',
        counterpartType: 'organization',
      }),
    ).toEqual({
      entity: {
        vat_id: { required: true, description: 'Reverse charge: the invoice must show your VAT ID.' },
        tax_id: { required: false, description: 'Without a VAT ID the invoice must show your tax number.' },
      },
      counterpart: {
        vat_id: { required: true, description: "Reverse charge: the invoice must show the customer's VAT ID." },
        tax_id: OPTIONAL,
      },
      line_item: {
        vat_rate_id: { required: true, description: 'Each line needs a VAT rate from GET /vat_rates.' },
        tax_rate_value: { required: false, description: 'Optional; taken from the VAT rate.' },
        measure_unit: OPTIONAL,
      },
    });
  });

  it('a domestic invoice without a VAT ID needs the tax number; with one it does not', () => {
    const domestic = requiredFields({ entityCountry: 'FR', entityHasVatId: false, counterpartCountry: 'FR' });
    expect(domestic.entity).toEqual({
      vat_id: OPTIONAL,
      tax_id: { required: true, description: 'Without a VAT ID the invoice must show your tax number.' },
    });
    expect(domestic.counterpart?.vat_id).toEqual(OPTIONAL);
    expect(
      requiredFields({ entityCountry: 'FR', entityHasVatId: true, counterpartCountry: 'FR' }).entity?.tax_id?.required,
    ).toBe(false);
  });

  it('takes an entity without a country as German', () => {
    expect(requiredFields({ entityHasVatId: false, counterpartCountry: 'AT' }).entity?.vat_id?.required).toBe(true);
    expect(requiredFields({ entityHasVatId: false, counterpartCountry: 'DE' }).entity?.vat_id?.required).toBe(false);
  });

  it.each([
    ['an individual customer', { entityCountry: 'DE', counterpartCountry: 'FR', counterpartType: 'individual' }],
    ['a customer of unknown country', { entityCountry: 'DE' }],
    ['a customer outside the EU', { entityCountry: 'DE', counterpartCountry: 'GB' }],
    ['an entity outside the EU', { entityCountry: 'GB', counterpartCountry: 'FR' }],
  ])('no reverse charge for %s', (_name, parties) => {
    const fields = requiredFields({ entityHasVatId: false, ...parties });
    expect(fields.entity?.vat_id).toEqual(OPTIONAL);
    expect(fields.counterpart?.vat_id).toEqual(OPTIONAL);
  });

  it('a US entity gives a tax rate value per line instead of a VAT rate, and needs no tax number', () => {
    const fields = requiredFields({ entityCountry: 'US', entityHasVatId: false, counterpartCountry: 'US' });
    expect(fields.entity?.tax_id?.required).toBe(false);
    expect(fields.line_item).toEqual({
      vat_rate_id: { required: false, description: 'US entities give a tax rate value instead.' },
      tax_rate_value: { required: true, description: 'Each line needs a tax rate value (basis points).' },
      measure_unit: OPTIONAL,
    });
  });
});
