// The data the example starts with, created through the API as an app's
// onboarding would: counterparts, and bills in each stage of approval.
import { type MoniteClient, unwrap } from '@monite-ts/client';

const COUNTERPARTS = [
  'Acme Supplies GmbH',
  'Blue Harbor Logistics',
  'Northwind Traders',
  'Globex Consulting',
  'Initech Software',
  'Umbrella Facilities',
];

/** Seeds counterparts and payables: one draft, the rest waiting for approval. */
export async function seed(client: MoniteClient): Promise<void> {
  const ids: string[] = [];
  for (const legal_name of COUNTERPARTS) {
    const counterpart = await unwrap(
      client.POST('/counterparts', {
        body: {
          type: 'organization',
          organization: {
            legal_name,
            is_vendor: true,
            is_customer: true,
            email: `billing@${legal_name.split(' ')[0]?.toLowerCase()}.example`,
            address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
          },
        },
      }),
    );
    ids.push(counterpart.id);
  }
  for (let n = 0; n < 12; n++) {
    const payable = await unwrap(
      client.POST('/payables', {
        body: {
          currency: 'EUR',
          document_id: `BILL-${1000 + n}`,
          counterpart_id: ids[n % ids.length],
          total_amount: 12_500 + n * 1_990,
          description: `Services, month ${n + 1}`,
        },
      }),
    );
    // BILL-1000 stays a draft: paying or approving it is refused.
    if (n > 0)
      await unwrap(
        client.POST('/payables/{payable_id}/submit_for_approval', { params: { path: { payable_id: payable.id } } }),
      );
  }
}
