// The payables inbox: bills as an infinite list (Monite's cursors, no paging
// code here), and the one opened beside it.
import { useState } from 'react';
import { useApi } from '../api-context.js';
import { ErrorMessage } from '../ui/error-message.js';
import { formatDate, formatMoney } from '../ui/format.js';
import { StatusBadge } from '../ui/status-badge.js';
import { PayableDetail } from './payable-detail.js';

const PAGE_SIZE = 5;

/** The inbox: list, "load more", and the opened payable. */
export function PayablesInbox() {
  const { $api } = useApi();
  const [openId, setOpenId] = useState<string>();
  const list = $api.useInfiniteQuery('get', '/payables', {
    params: { query: { limit: PAGE_SIZE, order: 'asc', sort: 'created_at' } },
  });
  const payables = list.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <section className="split">
      <div>
        <h2>Payables inbox</h2>
        <ErrorMessage error={list.error} />
        <table>
          <thead>
            <tr>
              <th>Bill</th>
              <th>Amount</th>
              <th>Due</th>
              <th>Status</th>
            </tr>
          </thead>
          <tbody>
            {payables.map((payable) => (
              <tr
                key={payable.id}
                data-testid="payable-row"
                className={payable.id === openId ? 'selected' : undefined}
                onClick={() => setOpenId(payable.id)}
              >
                <td>
                  <button type="button" className="link">
                    {payable.document_id ?? payable.id.slice(0, 8)}
                  </button>
                </td>
                <td>{formatMoney(payable.total_amount, payable.currency)}</td>
                <td>{formatDate(payable.due_date)}</td>
                <td>
                  <StatusBadge status={payable.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.hasNextPage ? (
          <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        ) : list.isSuccess ? (
          <p className="muted">All {payables.length} payables loaded</p>
        ) : null}
      </div>
      {openId ? <PayableDetail payableId={openId} /> : <p className="muted">Open a payable to act on it.</p>}
    </section>
  );
}
