/**
 * Monite's analytics as pure functions of the documents: group by one
 * dimension (date dimensions by day, week, month, quarter or year), then
 * count, sum, average, or take the minimum or maximum of a metric.
 */

type Json = Record<string, unknown>;

/** An analytics question: the dimension to group by, the metric and how to aggregate it. */
export interface AnalyticsQuery {
  dimension?: string;
  /** `id` counts documents; any other metric is a numeric field of the row. */
  metric: string;
  aggregation: 'count' | 'average' | 'summary' | 'min' | 'max';
  breakdown?: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';
  limit: number;
}

/** One point of an analytics answer. */
export interface AnalyticsPoint {
  dimension_value: string | null;
  metric_value: number;
}

/** Dimensions that hold dates; they are grouped by `breakdown` (by day when none is given). */
export const DATE_DIMENSIONS = new Set(['created_at', 'issued_at', 'issue_date', 'due_date']);

/** The calendar bucket of a date for a breakdown: `2024-05-25`, week of `2024-05-20`, `2024-05`, `2024-Q2`, `2024`. */
// Stryker disable next-line StringLiteral: any breakdown the switch does not name falls to its default, the day, as 'daily' does
export function dateBucket(value: string, breakdown: AnalyticsQuery['breakdown'] = 'daily'): string {
  const day = value.slice(0, 10);
  const [year, month] = day.split('-');
  switch (breakdown) {
    case 'yearly':
      return year as string;
    case 'quarterly':
      return `${year}-Q${Math.ceil(Number(month) / 3)}`;
    case 'monthly':
      return `${year}-${month}`;
    case 'weekly': {
      // Weeks start on Monday (ISO 8601); the bucket is named by that Monday.
      const date = new Date(`${day}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      return date.toISOString().slice(0, 10);
    }
    default:
      return day;
  }
}

function dimensionValue(row: Json, query: AnalyticsQuery): string | null {
  // Stryker disable next-line ConditionalExpression: without a dimension the row is read at key undefined, which no document has, so the next line answers null too
  if (!query.dimension) return null;
  const value = row[query.dimension];
  if (value === undefined || value === null) return null;
  // Date dimensions hold ISO dates or timestamps (strings) wherever they are set.
  if (DATE_DIMENSIONS.has(query.dimension)) return dateBucket(String(value), query.breakdown);
  return String(value);
}

function aggregate(values: number[], count: number, how: AnalyticsQuery['aggregation']): number {
  switch (how) {
    case 'count':
      return count;
    case 'summary':
      return values.reduce((a, b) => a + b, 0);
    case 'average':
      return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
    case 'min':
      return values.length === 0 ? 0 : Math.min(...values);
    case 'max':
      return values.length === 0 ? 0 : Math.max(...values);
  }
}

/**
 * The analytics points of rows for a query, ordered by dimension value (no
 * dimension: one point for everything), at most `limit` of them.
 */
export function analyticsOf(rows: readonly Json[], query: AnalyticsQuery): AnalyticsPoint[] {
  const groups = new Map<string | null, Json[]>();
  for (const row of rows) {
    const key = dimensionValue(row, query);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  if (!query.dimension && groups.size === 0) groups.set(null, []);
  const points = [...groups].map(([key, members]) => {
    const values =
      query.metric === 'id'
        ? members.map(() => 1)
        : members.map((m) => m[query.metric]).filter((v): v is number => typeof v === 'number');
    // Counting a metric counts the documents; the others aggregate the metric's values.
    return { dimension_value: key, metric_value: aggregate(values, members.length, query.aggregation) };
  });
  points.sort((a, b) => String(a.dimension_value ?? '').localeCompare(String(b.dimension_value ?? '')));
  return points.slice(0, query.limit);
}

/** `GET /payables/analytics`: the count and total of payables per status, and overall. */
export function payablesByStatus(payables: readonly Json[]): Json {
  const byStatus = new Map<string, { count: number; sum_total_amount: number }>();
  let sum = 0;
  for (const payable of payables) {
    // A stored payable always has its status (its initial one, `draft`, at least).
    const status = String(payable.status);
    const total = typeof payable.total_amount === 'number' ? payable.total_amount : 0;
    const entry = byStatus.get(status) ?? { count: 0, sum_total_amount: 0 };
    entry.count += 1;
    entry.sum_total_amount += total;
    byStatus.set(status, entry);
    sum += total;
  }
  return {
    count: payables.length,
    sum_total_amount: sum,
    data: [...byStatus].map(([status, entry]) => ({ status, ...entry })),
  };
}

/**
 * A receivable as rows for product metrics and the `product_id` dimension:
 * one row per line item, with its product, amount before VAT and quantity.
 */
export function productRows(receivable: Json): Json[] {
  // Stryker disable next-line ArrayDeclaration: a stored receivable always has its line_items list (its read schema requires one, so a seeded one is completed), so the empty list is never used
  const lines = Array.isArray(receivable.line_items) ? (receivable.line_items as Json[]) : [];
  return lines.map((line) => {
    const product = (line.product ?? {}) as Json;
    return {
      ...receivable,
      product_id: product.id ?? line.product_id,
      // A stored line has both (its read schema requires them, so a seeded one is completed).
      product_amount: line.total_before_vat,
      product_quantity: line.quantity,
    };
  });
}
