// The entity's invoices with their status and due date, and the issue action.
import { useApi } from '../api-context.js';
import { ErrorMessage } from '../ui/error-message.js';
import { formatDate, formatMoney } from '../ui/format.js';
import { StatusBadge } from '../ui/status-badge.js';

/** Invoices, newest first. */
export function InvoiceList() {
  const { $api } = useApi();
  const invoices = $api.useQuery('get', '/receivables', {
    params: { query: { type: 'invoice', order: 'desc', sort: 'created_at', limit: 20 } },
  });
  const issue = $api.useMutation('post', '/receivables/{receivable_id}/issue');

  return (
    <section>
      <h2>Invoices</h2>
      <ErrorMessage error={invoices.error ?? issue.error} />
      <table>
        <thead>
          <tr>
            <th>Number</th>
            <th>Customer</th>
            <th>Total</th>
            <th>Due</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {invoices.data?.data.map((invoice) => (
            <tr key={invoice.id} data-testid="invoice-row">
              <td>{invoice.document_id ?? 'draft'}</td>
              <td>{invoice.counterpart_name ?? '—'}</td>
              <td>{formatMoney(invoice.total_amount, invoice.currency)}</td>
              <td data-testid="invoice-due">{'due_date' in invoice ? formatDate(invoice.due_date) : '—'}</td>
              <td>
                <StatusBadge status={invoice.status} />
              </td>
              <td>
                {invoice.status === 'draft' ? (
                  <button
                    type="button"
                    disabled={issue.isPending}
                    onClick={() => issue.mutate({ params: { path: { receivable_id: invoice.id } } })}
                  >
                    Issue
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {invoices.data?.data.length === 0 ? <p className="muted">No invoices yet.</p> : null}
    </section>
  );
}
