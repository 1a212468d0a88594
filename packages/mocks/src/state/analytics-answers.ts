/**
 * Analytics answered from the stored documents: `GET /analytics/payables`,
 * `/analytics/receivables`, `/analytics/credit_notes` and
 * `GET /payables/analytics`. The query's filters are applied with the lists'
 * own filtering (`lists.ts`), to documents as they are served (totals from
 * their line items).
 */
import { type AnalyticsQuery, analyticsOf, payablesByStatus, productRows } from '../domain/analytics.js';
import { deriveFromChildren } from '../domain/collection-rules.js';
import type { MockOperation } from '../operations/operation-table.js';
import { pageOf, queryFromParameters } from './lists.js';
import type { Store, StoredRecord } from './store.js';

type Json = Record<string, unknown>;

/** Query parameters that shape the answer rather than filter the documents. */
const ANALYTICS_CONTROL = ['dimension', 'metric', 'aggregation_function', 'date_dimension_breakdown', 'limit'];

/** The collection each analytics operation reads. */
const SOURCES: Record<string, string> = {
  '/analytics/payables': '/payables',
  '/analytics/receivables': '/receivables',
  '/analytics/credit_notes': '/payable_credit_notes',
  '/payables/analytics': '/payables',
};

/** The documents of a collection as served: payables and credit notes with totals from their line items. */
function served(store: Store, scope: string, collection: string): StoredRecord[] {
  return store
    .list(scope, collection)
    .map((record) =>
      deriveFromChildren('line_items', record, store.list(scope, `${collection}/${record.id}/line_items`)),
    );
}

/** The documents that pass the query's filters. */
function filtered(records: StoredRecord[], query: Record<string, unknown>): StoredRecord[] {
  const filters = Object.fromEntries(Object.entries(query).filter(([key]) => !ANALYTICS_CONTROL.includes(key)));
  const list = { ...queryFromParameters(filters), limit: Number.MAX_SAFE_INTEGER };
  return pageOf(records, list, () => '').items;
}

/** The analytics answer of an operation, or undefined when it is not an analytics operation. */
export function analyticsAnswer(
  op: MockOperation,
  request: { scope: string; query: Record<string, unknown> },
  store: Store,
): Json | undefined {
  const collection = op.method === 'GET' ? SOURCES[op.path] : undefined;
  if (!collection) return undefined;
  const documents = filtered(served(store, request.scope, collection), request.query);
  if (op.path === '/payables/analytics') return payablesByStatus(documents);
  const q = request.query;
  const query: AnalyticsQuery = {
    dimension: typeof q.dimension === 'string' ? q.dimension : undefined,
    metric: typeof q.metric === 'string' ? q.metric : 'id',
    aggregation: (typeof q.aggregation_function === 'string'
      ? q.aggregation_function
      : 'count') as AnalyticsQuery['aggregation'],
    breakdown:
      typeof q.date_dimension_breakdown === 'string'
        ? (q.date_dimension_breakdown as AnalyticsQuery['breakdown'])
        : undefined,
    limit: typeof q.limit === 'number' ? q.limit : 100,
  };
  const perProduct = query.metric.startsWith('product_') || query.dimension === 'product_id';
  const rows = perProduct ? documents.flatMap(productRows) : documents;
  const points = analyticsOf(rows, query);
  // Receivables' metric values are integers in the spec (minor units, counts): an average is rounded.
  if (op.path === '/analytics/receivables') for (const p of points) p.metric_value = Math.round(p.metric_value);
  return { data: points };
}
