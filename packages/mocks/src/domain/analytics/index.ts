/**
 * Analytics answered from the stored documents: `GET /analytics/payables`,
 * `/analytics/receivables`, `/analytics/credit_notes` and
 * `GET /payables/analytics`. The query's filters are applied with the lists'
 * own filtering, to documents as they are served (totals from their line items).
 */
import type { MockOperation } from '../../operations/operation-table.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { pageOf, queryFromParameters } from '../../state/lists.js';
import type { DomainModule, Endpoint, RequestContext } from '../module.js';
import { CREDIT_NOTES } from '../payables/credit-notes.js';
import { PAYABLES } from '../payables/index.js';
import { deriveDocumentTotals, LINE_ITEMS } from '../payables/line-items.js';
import { RECEIVABLES } from '../receivables/rules.js';
import { type AnalyticsQuery, analyticsOf, payablesByStatus, productRows } from './aggregate.js';

/** Query parameters that shape the answer rather than filter the documents. */
const ANALYTICS_CONTROL = ['dimension', 'metric', 'aggregation_function', 'date_dimension_breakdown', 'limit'];

/** The collection each analytics operation reads. */
const SOURCES: Record<string, string> = {
  '/analytics/payables': PAYABLES,
  '/analytics/receivables': RECEIVABLES,
  '/analytics/credit_notes': CREDIT_NOTES,
  [`${PAYABLES}/analytics`]: PAYABLES,
};

/** The documents of a collection as served: payables and credit notes with totals from their line items. */
function served(ctx: RequestContext, collection: string): StoredRecord[] {
  return ctx.store
    .list(ctx.scope, collection)
    .map((record) =>
      deriveDocumentTotals(record, ctx.store.list(ctx.scope, `${collection}/${record.id}/${LINE_ITEMS}`)),
    );
}

/** The documents that pass the query's filters. */
function filtered(records: StoredRecord[], query: Record<string, unknown>): StoredRecord[] {
  const filters = Object.fromEntries(Object.entries(query).filter(([key]) => !ANALYTICS_CONTROL.includes(key)));
  const list = { ...queryFromParameters(filters), limit: Number.MAX_SAFE_INTEGER };
  // One page holds every document, so no page token is ever made: any function of the query will do.
  return pageOf(records, list, String).items;
}

/** The analytics answer of a request. */
function answer(ctx: RequestContext) {
  const op = ctx.op;
  const documents = filtered(served(ctx, SOURCES[op.path] as string), ctx.query);
  const reply = (body: unknown) => ({ status: op.successStatus, body: ctx.present(op, op.successStatus, body) });
  if (op.path === `${PAYABLES}/analytics`) return reply(payablesByStatus(documents));
  const q = ctx.query;
  // Validated: metric and aggregation_function are required, the dimension and the breakdown strings when given.
  const query: AnalyticsQuery = {
    dimension: q.dimension as string | undefined,
    metric: q.metric as string,
    aggregation: q.aggregation_function as AnalyticsQuery['aggregation'],
    breakdown: q.date_dimension_breakdown as AnalyticsQuery['breakdown'],
    limit: typeof q.limit === 'number' ? q.limit : 100,
  };
  const perProduct = query.metric.startsWith('product_') || query.dimension === 'product_id';
  const rows = perProduct ? documents.flatMap(productRows) : documents;
  const points = analyticsOf(rows, query);
  // Receivables' metric values are integers in the spec (minor units, counts): an average is rounded.
  if (op.path === '/analytics/receivables') for (const p of points) p.metric_value = Math.round(p.metric_value);
  return reply({ data: points });
}

const analyticsEndpoint: Endpoint = {
  matches: (op: MockOperation) => op.method === 'GET' && op.path in SOURCES,
  answer,
};

/** The analytics module. */
export const analytics: DomainModule = { name: 'analytics', endpoints: [analyticsEndpoint] };
