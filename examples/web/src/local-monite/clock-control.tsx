// The demo's control of the local Monite's clock: Monite's time-driven
// changes (an issued invoice past its due date becomes overdue) happen when
// it moves. Every cached query is refetched after, as a page reload would.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api-context.js';
import { formatDate } from '../ui/format.js';

const DAY_MS = 86_400_000;

/** The local Monite's date and a button that moves it 30 days on. */
export function ClockControl() {
  const { monite } = useApi();
  const queryClient = useQueryClient();
  const [now, setNow] = useState(() => monite.clock.now());
  const advance = async () => {
    monite.clock.advance(30 * DAY_MS);
    setNow(monite.clock.now());
    await queryClient.invalidateQueries();
  };
  return (
    <div className="clock">
      <span data-testid="monite-date">Local Monite date: {formatDate(new Date(now).toISOString())}</span>
      <button type="button" onClick={advance}>
        Advance clock 30 days
      </button>
    </div>
  );
}
