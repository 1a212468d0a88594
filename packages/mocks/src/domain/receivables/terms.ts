/**
 * Payment terms as an invoice carries them: a stored `/payment_terms` object
 * named by `payment_terms_id`, or terms given inline. At issue each tier's
 * days count from the issue date: `term_final` gives the due date, `term_1`
 * and `term_2` earlier dates until which a discount applies; while one
 * applies, `amount_to_pay` is what is due less that discount.
 */
import { isObject, numberOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import type { RuleContext } from '../../state/rules.js';
import { addPeriods, dateOf } from '../calendar.js';

type Json = Record<string, unknown>;

/** The collection of stored payment terms. */
export const PAYMENT_TERMS = '/payment_terms';

/** The tiers of a payment-terms object, earliest first. */
const TIERS = ['term_1', 'term_2', 'term_final'] as const;

/**
 * The terms an invoice names: the stored object of `payment_terms_id` (the
 * stored terms win when both are sent; Monite does not say), else its inline
 * `payment_terms`, else none.
 */
export function termsOf(record: StoredRecord, ctx: RuleContext): Json | undefined {
  if (typeof record.payment_terms_id === 'string') {
    const stored = ctx.get(PAYMENT_TERMS, record.payment_terms_id);
    if (stored) {
      const { created_at: _c, updated_at: _u, entity_id: _e, ...terms } = stored;
      return terms;
    }
  }
  return isObject(record.payment_terms) ? record.payment_terms : undefined;
}

/** The last day of a tier counted from the issue date: its own `end_date` when given, else `number_of_days` later. */
function endOf(tier: Json, issueDate: string): string | undefined {
  if (typeof tier.end_date === 'string') return tier.end_date.slice(0, 10);
  const days = numberOf(tier.number_of_days);
  return days === undefined ? undefined : addPeriods(issueDate, 'day', days);
}

/** Terms with each tier's `end_date` filled from the issue date, as an issued invoice shows them. */
export function datedTerms(terms: Json, issueDate: string): Json {
  const out: Json = { ...terms };
  for (const name of TIERS) {
    const tier = terms[name];
    if (!isObject(tier)) continue;
    const end = endOf(tier, issueDate);
    out[name] = end ? { ...tier, end_date: end } : { ...tier };
  }
  return out;
}

/** What issuing fills in from an invoice's terms: the dated terms and the due date (the final tier's last day). */
export function termsOnIssue(record: StoredRecord, ctx: RuleContext): StoredRecord {
  const terms = termsOf(record, ctx);
  const issueDate = typeof record.issue_date === 'string' ? record.issue_date : undefined;
  if (!terms || !issueDate) return record;
  const dated = datedTerms(terms, issueDate);
  const final = dated.term_final;
  const due = isObject(final) && typeof final.end_date === 'string' ? final.end_date : undefined;
  return { ...record, payment_terms: dated, ...(due ? { due_date: due } : {}) };
}

/**
 * The discount (percent minor units, 200 = 2%) of the earliest discount tier
 * whose last day has not passed by the clock; 0 when none applies. Before
 * issue the tiers have no dates, so no discount applies yet.
 */
export function discountToday(terms: unknown, now: number): number {
  if (!isObject(terms)) return 0;
  const today = dateOf(now);
  for (const name of ['term_1', 'term_2'] as const) {
    const tier = terms[name];
    if (isObject(tier) && typeof tier.end_date === 'string' && today <= tier.end_date.slice(0, 10))
      return numberOf(tier.discount) ?? 0;
  }
  return 0;
}

/** What the payer has to pay today: the amount due, less the discount of the tier that applies. */
export function amountToPay(record: StoredRecord, now: number): number {
  const due = numberOf(record.amount_due) ?? 0;
  return due - Math.round((due * discountToday(record.payment_terms, now)) / 10_000);
}
