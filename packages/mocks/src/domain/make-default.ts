/**
 * `POST …/make_default`, which Monite offers on several collections (bank
 * accounts, contacts, templates): the item becomes its collection's default
 * (per currency where defaults are) and the others stop being it.
 */
import { defaultFlagOf } from '../state/crud/defaults.js';
import type { CustomAction } from '../state/rules.js';

/** The make-default action of a collection; `perCurrency` as the collection's rules say. */
export function makeDefault(perCurrency?: boolean): CustomAction {
  return {
    run(target, ctx) {
      const { field, perCurrency: byCurrency } = defaultFlagOf(perCurrency, target);
      let chosen = target;
      for (const item of ctx.list(ctx.collection)) {
        if (byCurrency && item.currency !== target.currency) continue;
        const mine = item.id === target.id;
        const updated = { ...item, [field]: mine, updated_at: mine ? ctx.stamp() : item.updated_at };
        ctx.put(ctx.collection, updated);
        if (mine) chosen = updated;
      }
      return { record: chosen, kind: 'updated' };
    },
  };
}
