// A new invoice: a counterpart, line items and payment terms (Monite derives
// the due date from the terms when the invoice is issued).
import { useState } from 'react';
import { useApi } from '../api-context.js';
import { CounterpartPicker, type PickedCounterpart } from '../counterparts/counterpart-picker.js';
import { ErrorMessage } from '../ui/error-message.js';

interface Line {
  name: string;
  quantity: number;
  /** Unit price in euros, as typed. */
  price: number;
}

/** The form; a created invoice shows up in the list beside it. */
export function InvoiceForm() {
  const { $api } = useApi();
  const [counterpart, setCounterpart] = useState<PickedCounterpart>();
  const [lines, setLines] = useState<Line[]>([{ name: 'Consulting', quantity: 1, price: 950 }]);
  const [days, setDays] = useState(14);
  const create = $api.useMutation('post', '/receivables');
  const setLine = (index: number, change: Partial<Line>) =>
    setLines((current) => current.map((line, i) => (i === index ? { ...line, ...change } : line)));

  const submit = () => {
    if (!counterpart?.billingAddressId) return;
    create.mutate(
      {
        body: {
          type: 'invoice',
          currency: 'EUR',
          counterpart_id: counterpart.id,
          counterpart_billing_address_id: counterpart.billingAddressId,
          payment_terms: { term_final: { number_of_days: days } },
          line_items: lines.map((line) => ({
            quantity: line.quantity,
            product: { name: line.name, price: { currency: 'EUR', value: Math.round(line.price * 100) } },
            tax_rate_value: 1900,
          })),
        },
      },
      { onSuccess: () => setLines([{ name: 'Consulting', quantity: 1, price: 950 }]) },
    );
  };

  return (
    <form
      aria-label="New invoice"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2>New invoice</h2>
      <CounterpartPicker value={counterpart} onPick={setCounterpart} />
      <p data-testid="picked-counterpart">{counterpart ? `To: ${counterpart.name}` : 'Pick a counterpart'}</p>
      <fieldset>
        <legend>Line items</legend>
        {lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own; the index is their position
          <div key={index} className="line">
            <input
              aria-label={`Item ${index + 1} name`}
              value={line.name}
              onChange={(event) => setLine(index, { name: event.target.value })}
            />
            <input
              aria-label={`Item ${index + 1} quantity`}
              type="number"
              min={1}
              value={line.quantity}
              onChange={(event) => setLine(index, { quantity: Number(event.target.value) })}
            />
            <input
              aria-label={`Item ${index + 1} unit price (EUR)`}
              type="number"
              min={0}
              step="0.01"
              value={line.price}
              onChange={(event) => setLine(index, { price: Number(event.target.value) })}
            />
          </div>
        ))}
        <button type="button" onClick={() => setLines((current) => [...current, { name: '', quantity: 1, price: 0 }])}>
          Add line
        </button>
      </fieldset>
      <label>
        Payment terms (days)
        <input type="number" min={0} value={days} onChange={(event) => setDays(Number(event.target.value))} />
      </label>
      <button type="submit" disabled={!counterpart || create.isPending}>
        Create invoice
      </button>
      <ErrorMessage error={create.error} />
    </form>
  );
}
