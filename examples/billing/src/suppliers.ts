/**
 * A billing team's own module: what a consuming package's code looks like.
 * It imports the client for calls and the types for its own signatures, both
 * from the workspace (`workspace:*`), built to `dist/` like the published
 * packages.
 */
import { type MoniteClient, unwrap } from '@monite-ts/client';
import type { CounterpartResponse } from '@monite-ts/types';

/** A supplier as the billing app shows it. */
export interface Supplier {
  id: string;
  name: string;
}

/** Registers a company as a supplier (a Monite counterpart that is a vendor). */
export async function addSupplier(monite: MoniteClient, legalName: string, email: string): Promise<Supplier> {
  const counterpart = await unwrap(
    monite.POST('/counterparts', {
      body: {
        type: 'organization',
        organization: {
          legal_name: legalName,
          is_vendor: true,
          is_customer: false,
          email,
          address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' },
        },
      },
    }),
  );
  return toSupplier(counterpart);
}

/** The supplier view of a counterpart: its id and the name people know it by. */
export function toSupplier(counterpart: CounterpartResponse): Supplier {
  const name =
    'organization' in counterpart && counterpart.organization
      ? counterpart.organization.legal_name
      : 'individual' in counterpart && counterpart.individual
        ? `${counterpart.individual.first_name} ${counterpart.individual.last_name}`
        : counterpart.id;
  return { id: counterpart.id, name };
}
