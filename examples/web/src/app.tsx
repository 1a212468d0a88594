// The app: a payables inbox and invoicing, as a Monite integrator embeds them.
import { useState } from 'react';
import { InvoiceForm } from './invoices/invoice-form.js';
import { InvoiceList } from './invoices/invoice-list.js';
import { ClockControl } from './local-monite/clock-control.js';
import { PayablesInbox } from './payables/payables-inbox.js';
import './styles.css';

const TABS = ['Payables', 'Invoices'] as const;

/** The app shell: tabs and the local Monite's clock. */
export function App() {
  const [tab, setTab] = useState<(typeof TABS)[number]>('Payables');
  return (
    <main>
      <header>
        <h1>Monite web example</h1>
        <nav>
          {TABS.map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => setTab(name)}>
              {name}
            </button>
          ))}
        </nav>
        <ClockControl />
      </header>
      {tab === 'Payables' ? (
        <PayablesInbox />
      ) : (
        <section className="split">
          <InvoiceForm />
          <InvoiceList />
        </section>
      )}
    </main>
  );
}
