// Picks a counterpart by name: each keystroke is a query
// (`counterpart_name__icontains`), cached per search text; the previous
// answer stays on screen while the next one loads.
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api-context.js';
import { ErrorMessage } from '../ui/error-message.js';
import { counterpartName } from '../ui/format.js';

/** The chosen counterpart: what an invoice needs of it. */
export interface PickedCounterpart {
  id: string;
  name: string;
  billingAddressId: string | undefined;
}

/** A search box and its matches; `onPick` gets the chosen one. */
export function CounterpartPicker({
  value,
  onPick,
}: {
  value: PickedCounterpart | undefined;
  onPick: (counterpart: PickedCounterpart) => void;
}) {
  const { $api } = useApi();
  const [search, setSearch] = useState('');
  const query = search.trim() ? { counterpart_name__icontains: search.trim(), limit: 5 } : { limit: 5 };
  const matches = $api.useQuery(
    'get',
    '/counterparts',
    { params: { query: { ...query, is_customer: true } } },
    { placeholderData: keepPreviousData },
  );

  return (
    <fieldset className="picker">
      <legend>Counterpart</legend>
      <input
        aria-label="Search counterparts"
        placeholder="Search by name"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <ErrorMessage error={matches.error} />
      <ul>
        {matches.data?.data.map((counterpart) => {
          const name = counterpartName(counterpart);
          return (
            <li key={counterpart.id}>
              <button
                type="button"
                aria-pressed={value?.id === counterpart.id}
                onClick={() =>
                  onPick({
                    id: counterpart.id,
                    name,
                    billingAddressId: counterpart.default_billing_address_id ?? undefined,
                  })
                }
              >
                {name}
              </button>
            </li>
          );
        })}
        {matches.data?.data.length === 0 ? <li className="muted">No counterpart matches</li> : null}
      </ul>
    </fieldset>
  );
}
