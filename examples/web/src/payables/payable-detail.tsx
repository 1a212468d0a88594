// One payable and what can be done with it. Each action is a mutation; on
// success the hooks refetch this payable and the inbox (the generated
// invalidation table), so the status shown is Monite's.
import { useApi } from '../api-context.js';
import { ErrorMessage } from '../ui/error-message.js';
import { formatDate, formatMoney } from '../ui/format.js';
import { StatusBadge } from '../ui/status-badge.js';

/** The opened payable with its approve, reject and pay actions. */
export function PayableDetail({ payableId }: { payableId: string }) {
  const { $api } = useApi();
  const init = { params: { path: { payable_id: payableId } } };
  const payable = $api.useQuery('get', '/payables/{payable_id}', init);
  const approve = $api.useMutation('post', '/payables/{payable_id}/approve_payment_operation');
  const reject = $api.useMutation('post', '/payables/{payable_id}/reject');
  const pay = $api.useMutation('post', '/payables/{payable_id}/mark_as_paid');
  const actions = [
    { label: 'Approve', mutation: approve },
    { label: 'Reject', mutation: reject },
    { label: 'Pay', mutation: pay },
  ];
  const busy = actions.some(({ mutation }) => mutation.isPending);
  const run = (chosen: (typeof actions)[number]) => {
    // One message at a time: the last action's.
    for (const { mutation } of actions) if (mutation !== chosen.mutation) mutation.reset();
    chosen.mutation.mutate(init);
  };

  return (
    <aside data-testid="payable-detail">
      <ErrorMessage error={payable.error} />
      {payable.data ? (
        <>
          <h3>{payable.data.document_id ?? 'Payable'}</h3>
          <dl>
            <dt>Status</dt>
            <dd data-testid="payable-status">
              <StatusBadge status={payable.data.status} />
            </dd>
            <dt>Amount</dt>
            <dd>{formatMoney(payable.data.total_amount, payable.data.currency)}</dd>
            <dt>Description</dt>
            <dd>{payable.data.description ?? '—'}</dd>
            <dt>Due</dt>
            <dd>{formatDate(payable.data.due_date)}</dd>
          </dl>
          <div className="actions">
            {actions.map((action) => (
              <button key={action.label} type="button" disabled={busy} onClick={() => run(action)}>
                {action.label}
              </button>
            ))}
          </div>
          {actions.map(({ label, mutation }) => (
            <ErrorMessage key={label} error={mutation.error} />
          ))}
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </aside>
  );
}
