/**
 * The parties a document names, as Monite copies them into it: the
 * counterpart (its name, type, tax id and billing address) and the entity,
 * as a receivable's flat fields or as a whole object (a purchase order's).
 */
import { isObject, type Json } from '../shared/json.js';

const ADDRESS_FIELDS = ['city', 'country', 'line1', 'line2', 'postal_code', 'state'] as const;

/** An address with only the fields documents carry (no id, no flags). */
export function addressOf(source: unknown): Json | undefined {
  if (!isObject(source)) return undefined;
  const out: Json = {};
  for (const field of ADDRESS_FIELDS) if (source[field] !== undefined) out[field] = source[field];
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The display name of a counterpart or entity: its organization's legal name, or its individual's full name. */
export function displayName(party: Json): string | undefined {
  const organization = isObject(party.organization) ? party.organization : undefined;
  if (typeof organization?.legal_name === 'string') return organization.legal_name;
  const individual = isObject(party.individual) ? party.individual : undefined;
  if (individual) {
    const name = [individual.first_name, individual.last_name].filter((p) => typeof p === 'string').join(' ');
    if (name) return name;
  }
  return typeof party.name === 'string' ? party.name : undefined;
}

/** Whether a stored counterpart or entity is a person (`type: individual`, or an `individual` block) or an organisation. */
export function partyType(party: Json): 'individual' | 'organization' {
  return party.type === 'individual' || isObject(party.individual) ? 'individual' : 'organization';
}

/**
 * A stored counterpart or entity as a document that embeds the whole object
 * shows it (a purchase order's `counterpart` and `entity`): the fields the
 * document's schema names, as stored. Copied, never made up, so the document
 * names the party the caller stored.
 */
export function embeddedParty(party: Json, fields: readonly string[]): Json {
  const out: Json = {};
  for (const field of fields) if (party[field] !== undefined && party[field] !== null) out[field] = party[field];
  return out;
}

/**
 * The counterpart block of a receivable, copied from the stored counterpart
 * and the billing address the receivable names (else the counterpart's
 * default billing address): name and type as the counterpart says, not made up.
 */
export function counterpartBlock(counterpart: Json, billingAddress?: Json): Json {
  const block: Json = { counterpart_type: partyType(counterpart) };
  const name = displayName(counterpart);
  if (name) block.counterpart_name = name;
  const address = addressOf(billingAddress);
  if (address && billingAddress) block.counterpart_billing_address = { id: billingAddress.id, ...address };
  const holder = (isObject(counterpart.organization) ? counterpart.organization : counterpart.individual) as
    | Json
    | undefined;
  if (typeof holder?.tax_id === 'string') block.counterpart_tax_id = holder.tax_id;
  return block;
}

/** The entity block of a receivable, copied from the stored entity. */
export function entityBlock(entity: Json): Json {
  const organization = isObject(entity.organization) ? entity.organization : undefined;
  const individual = isObject(entity.individual) ? entity.individual : undefined;
  const common: Json = {};
  for (const field of ['email', 'phone', 'website', 'tax_id', 'registration_number', 'registration_authority', 'logo'])
    if (entity[field] !== undefined && entity[field] !== null) common[field] = entity[field];
  const block: Json = individual
    ? { type: 'individual', first_name: individual.first_name, last_name: individual.last_name, ...common }
    : { type: 'organization', name: organization?.legal_name ?? displayName(entity), ...common };
  const out: Json = { entity: block };
  const address = addressOf(entity.address);
  if (address) out.entity_address = address;
  return out;
}
