// The documented Monite flows, written the way an integrator would write
// them with @monite-ts/client: typed calls, `unwrap` for errors.
import { unwrap, type MoniteClient } from '@monite-ts/client';
import { money, printStep } from './print.js';

/** Credentials of the demo partner; the in-memory Monite accepts any. */
export interface DemoCredentials {
  clientId: string;
  clientSecret: string;
}

/** 1. Exchanges client credentials for a partner access token. */
export async function createToken(monite: MoniteClient, credentials: DemoCredentials) {
  const token = await unwrap(
    monite.POST('/auth/token', {
      body: {
        grant_type: 'client_credentials',
        client_id: credentials.clientId,
        client_secret: credentials.clientSecret,
      },
    }),
  );
  printStep('Access token (POST /auth/token)', {
    token_type: token.token_type,
    expires_in: `${token.expires_in} s`,
    access_token: `${token.access_token.slice(0, 6)}… (redacted)`,
  });
  return token;
}

/** 2–3. Creates a vendor counterpart and a contact person for it. */
export async function createCounterpartWithContact(monite: MoniteClient) {
  const counterpart = await unwrap(
    monite.POST('/counterparts', {
      body: {
        type: 'organization',
        organization: {
          legal_name: 'Acme Office Supplies GmbH',
          is_vendor: true,
          is_customer: false,
          email: 'billing@acme.example',
          address: { line1: 'Friedrichstraße 68', city: 'Berlin', postal_code: '10117', country: 'DE' },
        },
      },
    }),
  );
  printStep('Counterpart (POST /counterparts)', {
    id: counterpart.id,
    type: counterpart.type,
    legal_name: 'organization' in counterpart ? counterpart.organization.legal_name : undefined,
  });

  const contact = await unwrap(
    monite.POST('/counterparts/{counterpart_id}/contacts', {
      params: { path: { counterpart_id: counterpart.id } },
      body: {
        first_name: 'Mary',
        last_name: "O'Brien",
        email: 'mary.obrien@acme.example',
        address: { line1: 'Friedrichstraße 68', city: 'Berlin', postal_code: '10117', country: 'DE' },
      },
    }),
  );
  printStep('Counterpart contact (POST /counterparts/{counterpart_id}/contacts)', {
    id: contact.id,
    counterpart_id: contact.counterpart_id,
    name: `${contact.first_name} ${contact.last_name}`,
    email: contact.email,
  });
  return { counterpart, contact };
}

/** 4–5. Connects the entity to the e-invoicing network and registers its credential. */
export async function connectEinvoicing(monite: MoniteClient) {
  const connection = await unwrap(
    monite.POST('/einvoicing_connections', {
      body: { address: { address_line1: 'Keizersgracht 1', city: 'Amsterdam', postal_code: '1015 CJ', country: 'NL' } },
    }),
  );
  printStep('E-invoicing connection (POST /einvoicing_connections)', {
    id: connection.id,
    status: connection.status,
    is_sender: connection.is_sender,
    is_receiver: connection.is_receiver,
  });

  const credential = await unwrap(
    monite.POST('/einvoicing_connections/{einvoicing_connection_id}/network_credentials', {
      params: { path: { einvoicing_connection_id: connection.id } },
      body: { network_credentials_schema: 'NL:KVK', network_credentials_identifier: '12345678' },
    }),
  );
  const reread = await unwrap(
    monite.GET('/einvoicing_connections/{einvoicing_connection_id}', {
      params: { path: { einvoicing_connection_id: connection.id } },
    }),
  );
  printStep('E-invoicing credential (POST …/network_credentials)', {
    id: credential.id,
    schema: credential.network_credentials_schema,
    identifier: credential.network_credentials_identifier,
    credentials_on_connection: reread.credentials?.length ?? 0,
  });
  return { connection, credential };
}

/** 6. Records a vendor credit note and adds a line item to it. */
export async function createCreditNoteWithLineItem(monite: MoniteClient, counterpartId: string) {
  const creditNote = await unwrap(
    monite.POST('/payable_credit_notes', {
      body: { document_id: 'CN-2024-001', issued_at: '2024-06-01', counterpart_id: counterpartId, currency: 'EUR' },
    }),
  );
  const lineItem = await unwrap(
    monite.POST('/payable_credit_notes/{credit_note_id}/line_items', {
      params: { path: { credit_note_id: creditNote.id } },
      body: { name: 'Returned toner cartridges', quantity: 3, unit_price: 2500, tax: 1900, unit: 'pcs' },
    }),
  );
  printStep('Credit note and line item (POST /payable_credit_notes, …/line_items)', {
    credit_note_id: creditNote.id,
    document_id: creditNote.document_id,
    status: creditNote.status,
    line_item_id: lineItem.id,
    line_item: `${lineItem.quantity} × ${money(lineItem.unit_price, 'EUR')} at ${(lineItem.tax ?? 0) / 100}% tax`,
    line_item_total: money(lineItem.total, 'EUR'),
  });
  return { creditNote, lineItem };
}

/** 7. Creates a payable and asks Monite's financing partner to finance it. */
export async function requestFinancing(monite: MoniteClient, counterpartId: string) {
  const payable = await unwrap(
    monite.POST('/payables', {
      body: { document_id: 'INV-88231', currency: 'EUR', total_amount: 125000, counterpart_id: counterpartId },
    }),
  );
  const financing = await unwrap(
    monite.POST('/financing_invoices', { body: { invoices: [{ id: payable.id, type: 'payable' }] } }),
  );
  printStep('Financing request (POST /financing_invoices)', {
    payable_id: payable.id,
    payable_amount: money(payable.total_amount, payable.currency),
    connect_token: `${financing.connect_token.slice(0, 8)}…`,
    session_token: `${financing.session_token.slice(0, 8)}…`,
  });
  return { payable, financing };
}

/**
 * 8. Records an expense receipt with two line items; Monite derives the
 * receipt's total from its lines, so the total is read back, not sent.
 */
export async function createReceiptWithLineItems(monite: MoniteClient) {
  const receipt = await unwrap(
    monite.POST('/receipts', {
      body: {
        document_id: 'R-2024-017',
        currency: 'EUR',
        merchant_name: 'Café Central',
        issued_at: '2024-06-03T12:30:00Z',
      },
    }),
  );
  const path = { params: { path: { receipt_id: receipt.id } } };
  const lines = [
    await unwrap(
      monite.POST('/receipts/{receipt_id}/line_items', { ...path, body: { name: 'Team lunch', total: 8650 } }),
    ),
    await unwrap(monite.POST('/receipts/{receipt_id}/line_items', { ...path, body: { name: 'Taxi', total: 2340 } })),
  ];
  const totalled = await unwrap(monite.GET('/receipts/{receipt_id}', path));
  printStep('Receipt with two line items (POST /receipts, …/line_items)', {
    receipt_id: receipt.id,
    merchant: totalled.merchant_name,
    line_items: lines.map((line) => `${line.name} ${money(line.total, 'EUR')}`).join(', '),
    derived_total: money(totalled.total_amount, totalled.currency),
  });
  return { receipt: totalled, lines };
}
