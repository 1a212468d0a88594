/**
 * The one table of Monite's rules: every domain module, in the order the
 * clock applies them (recurrences issue before invoices fall overdue). The
 * CRUD reads collection rules through the rule book, the pipeline walks the
 * endpoints, the clock runs the time rules.
 */
import type { CollectionRules, RuleBook, WriteContext } from '../state/rules.js';
import { analytics } from './analytics/index.js';
import { approvals } from './approvals/index.js';
import { auth } from './auth.js';
import { batchPayments } from './batch-payments.js';
import { counterparts } from './counterparts/index.js';
import { deliveryNotes } from './delivery-notes.js';
import { einvoicing } from './einvoicing.js';
import { entities } from './entities/index.js';
import { files } from './files.js';
import { mails } from './mails.js';
import type { DomainModule, Endpoint, TimeEffects } from './module.js';
import { ocr } from './ocr/index.js';
import { payableCreditNotes } from './payables/credit-notes.js';
import { payables } from './payables/index.js';
import { purchaseOrders } from './payables/purchase-orders.js';
import { payments } from './payments.js';
import { products } from './products.js';
import { receipts } from './receipts.js';
import { receivables } from './receivables/index.js';
import { recurrences } from './recurrences.js';
import { templates } from './templates.js';
import { vatRates } from './vat-rates.js';
import { webhooks } from './webhooks/index.js';
import { workspace } from './workspace.js';

/** Every domain module, in the order their time rules run. */
export const MODULES: readonly DomainModule[] = [
  auth,
  entities,
  counterparts,
  products,
  recurrences,
  receivables,
  payables,
  payableCreditNotes,
  purchaseOrders,
  payments,
  batchPayments,
  mails,
  approvals,
  webhooks,
  receipts,
  deliveryNotes,
  ocr,
  einvoicing,
  vatRates,
  analytics,
  files,
  templates,
  workspace,
];

/** Collection rules by template, checked once: two modules claiming one collection is a mistake. */
export function indexRules(modules: readonly DomainModule[]): Map<string, CollectionRules> {
  const byCollection = new Map<string, CollectionRules>();
  for (const module of modules) {
    for (const rules of module.collections ?? []) {
      if (byCollection.has(rules.collection))
        throw new Error(`${rules.collection} has rules in two domain modules (${module.name} and another)`);
      byCollection.set(rules.collection, rules);
    }
  }
  return byCollection;
}

const RULES = indexRules(MODULES);

/** Child paths whose items live inside their parent (`/receivables/{receivable_id}/line_items`), by template. */
const KEPT_IN_PARENT = new Map(
  [...RULES.values()].flatMap((rules) =>
    (rules.keptInside?.fields ?? []).map((field) => {
      const idParam = rules.keptInside?.idParam as string;
      const path: string = `${rules.collection}/{${idParam}}/${field}`;
      return [path, { collection: rules.collection, idParam, field }] as const;
    }),
  ),
);

/** The rule book of the registry's modules. */
export const ruleBook: RuleBook = {
  of: (collection) => RULES.get(collection),
  keptInParent: (pathTemplate) => KEPT_IN_PARENT.get(pathTemplate),
};

/** Every endpoint the modules answer themselves, in registry order. */
export const ENDPOINTS: readonly Endpoint[] = MODULES.flatMap((module) => module.endpoints ?? []);

/** A time-effects record with nothing in it. */
export function noEffects(): TimeEffects {
  return { overdue: [], issued: [], completed: [], expired: [], expiredQuotes: [], batchPayments: [] };
}

/** Applies every module's time rule in one scope, in registry order. */
export function applyClockRules(ctx: WriteContext, effects: TimeEffects): void {
  for (const module of MODULES) module.clock?.(ctx, effects);
}
