// A document's status as a badge; overdue stands out.

/** The status, e.g. `waiting_to_be_paid`, as `waiting to be paid`. */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge-${status}`} data-status={status}>
      {status.replaceAll('_', ' ')}
    </span>
  );
}
