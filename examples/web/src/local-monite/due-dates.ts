// Monite gives an issued invoice its due date from its payment terms; the
// local Monite does not derive it yet. Until it does, this handler, in front
// of the mock's own, answers an issue as Monite would: it lets the mock issue
// the invoice and, when the issued invoice has payment terms and no due
// date, writes issue date + term_final.number_of_days into the mock's state.
// Once the mock derives due dates itself, the handler finds one and does nothing.
import type { MoniteMock } from '@monite-ts/mocks';
import { type HttpHandler, http } from 'msw';

interface IssuedInvoice {
  id: string;
  issue_date?: string | null;
  due_date?: string | null;
  payment_terms?: { term_final?: { number_of_days?: number } } | null;
}

const DAY_MS = 86_400_000;

/** The handler for `POST /receivables/{id}/issue` that fills in the due date. */
export function withDueDatesFromPaymentTerms(monite: MoniteMock): HttpHandler {
  return http.post('*/receivables/:receivableId/issue', async ({ request }) => {
    const response = await monite.fetch(request);
    if (!response.ok) return response;
    const invoice = (await response.clone().json()) as IssuedInvoice;
    const days = invoice.payment_terms?.term_final?.number_of_days;
    if (invoice.due_date || days === undefined) return response;
    const issued = Date.parse(invoice.issue_date ?? new Date(monite.clock.now()).toISOString());
    const dueDate = new Date(issued + days * DAY_MS).toISOString().slice(0, 10);
    setStoredDueDate(monite, invoice.id, dueDate);
    return Response.json({ ...invoice, due_date: dueDate }, { status: response.status, headers: response.headers });
  });
}

/** Sets the due date of a stored receivable, through the mock's own state export and import. */
function setStoredDueDate(monite: MoniteMock, id: string, dueDate: string): void {
  const state = monite.exportState();
  // The store keeps each entity's collections by path; events hold copies, which stay as they were.
  const collections = (state.store as { collections?: Record<string, Record<string, unknown>> }).collections ?? {};
  for (const byPath of Object.values(collections)) {
    const receivables = byPath['/receivables'];
    const stored = Array.isArray(receivables)
      ? (receivables as Array<Record<string, unknown>>).find((record) => record.id === id)
      : undefined;
    if (stored) {
      stored.due_date = dueDate;
      monite.importState(state);
      return;
    }
  }
}
