/**
 * Which invoice fields are required for an entity and a counterpart
 * (`GET /receivables/required_fields`), as the mock applies Monite's rules:
 * an EU business invoicing a business in another EU country (reverse charge)
 * needs both VAT IDs; without a VAT ID the entity needs its tax number; line
 * items take a VAT rate from Monite's table, except for US entities, which
 * give a tax rate value.
 */

/** The EU member states (reverse charge applies between two of them). */
const EU = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '));

/** What the rules need to know about the parties. */
export interface RequiredFieldsInput {
  entityCountry?: string;
  entityHasVatId: boolean;
  counterpartCountry?: string;
  counterpartType?: string;
}

const field = (required: boolean, description: string) => ({ required, description });

/** The required-fields answer for the parties (`ReceivableRequiredFields`). */
export function requiredFields(
  input: RequiredFieldsInput,
): Record<string, Record<string, { required: boolean; description: string }>> {
  const entityCountry = input.entityCountry ?? 'DE';
  const reverseCharge =
    input.counterpartType !== 'individual' &&
    EU.has(entityCountry) &&
    // Stryker disable next-line ConditionalExpression: EU.has(undefined) is false too; the check only narrows the type
    input.counterpartCountry !== undefined &&
    EU.has(input.counterpartCountry) &&
    input.counterpartCountry !== entityCountry;
  const us = entityCountry === 'US';
  return {
    entity: {
      vat_id: field(reverseCharge, reverseCharge ? 'Reverse charge: the invoice must show your VAT ID.' : 'Optional.'),
      tax_id: field(
        !us && !input.entityHasVatId && !reverseCharge,
        'Without a VAT ID the invoice must show your tax number.',
      ),
    },
    counterpart: {
      vat_id: field(
        reverseCharge,
        reverseCharge ? "Reverse charge: the invoice must show the customer's VAT ID." : 'Optional.',
      ),
      tax_id: field(false, 'Optional.'),
    },
    line_item: {
      vat_rate_id: field(
        !us,
        us ? 'US entities give a tax rate value instead.' : 'Each line needs a VAT rate from GET /vat_rates.',
      ),
      tax_rate_value: field(
        us,
        us ? 'Each line needs a tax rate value (basis points).' : 'Optional; taken from the VAT rate.',
      ),
      measure_unit: field(false, 'Optional.'),
    },
  };
}
