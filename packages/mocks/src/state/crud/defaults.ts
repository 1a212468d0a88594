/**
 * Default flags across a collection: one default overall (`is_default`), or
 * one per currency (`is_default_for_currency`) for collections whose objects
 * carry a currency (bank accounts). Setting the flag on one object, by a
 * write or by `make_default`, takes it from the others.
 */
import type { StoredRecord } from '../../shared/stored-record.js';
import type { RecordWriter } from './record-writer.js';

/** Which field flags a collection's default and whether there is one per currency. */
export function defaultFlagOf(
  perCurrencyRule: boolean | undefined,
  record: StoredRecord,
): {
  field: string;
  perCurrency: boolean;
} {
  const perCurrency = perCurrencyRule === true || 'currency' in record;
  return { field: perCurrency ? 'is_default_for_currency' : 'is_default', perCurrency };
}

/** A record written with its default flag set takes the flag from the others (of its currency). */
export function keepDefaultUnique(
  writer: RecordWriter,
  scope: string,
  template: string,
  concrete: string,
  record: StoredRecord,
): StoredRecord {
  const { field, perCurrency } = defaultFlagOf(writer.rulesOf(template).defaultPerCurrency, record);
  if (record[field] !== true) return record;
  for (const item of writer.store.list(scope, concrete)) {
    if (item.id === record.id || item[field] !== true) continue;
    if (perCurrency && item.currency !== record.currency) continue;
    writer.store.put(scope, concrete, { ...item, [field]: false });
  }
  return record;
}
