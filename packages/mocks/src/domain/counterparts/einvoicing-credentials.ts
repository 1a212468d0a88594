/**
 * A counterpart's e-invoicing credentials: a credential made from one of its
 * VAT IDs takes the VAT ID's Peppol scheme and number (DE, NL and BE only),
 * and a counterpart cannot hold the same credential twice (409).
 */
import { errorBody } from '../../shared/error-bodies.js';
import { type Json, objectOf } from '../../shared/json.js';
import type { StoredRecord } from '../../shared/stored-record.js';
import { refusal } from '../../state/crud/request.js';
import type { CollectionRules, RuleContext } from '../../state/rules.js';
import { endpoint } from '../module.js';
import { COUNTERPARTS, credentialsOf, vatIdsOf } from './lookup.js';

/** The collection template of counterpart e-invoicing credentials. */
export const CREDENTIALS_COLLECTION = `${COUNTERPARTS}/{counterpart_id}/einvoicing_credentials`;

/** The Peppol identifier schemes Monite supports, per country, for VAT numbers. */
const VAT_SCHEMES = new Map([
  ['DE', 'DE:VAT'],
  ['NL', 'NL:VAT'],
  ['BE', 'BE:VAT'],
]);

/** The network scheme and identifier of a counterpart VAT ID, when Monite can e-invoice with it. */
export function credentialFromVatId(vatId: Json): { network_schema: string; network_identifier: string } | undefined {
  const scheme = VAT_SCHEMES.get(String(vatId.country));
  // A stored VAT ID has its value (its read schema requires one).
  return scheme ? { network_schema: scheme, network_identifier: String(vatId.value) } : undefined;
}

/** A credential created from a counterpart VAT ID takes its scheme and number. */
function deriveCredential(record: StoredRecord, ctx: RuleContext): StoredRecord {
  const vatId = ctx.get(vatIdsOf(String(record.counterpart_id)), String(record.counterpart_vat_id_id));
  return vatId ? { ...record, ...credentialFromVatId(vatId) } : record;
}

/** `POST …/einvoicing_credentials`: a VAT ID that is unknown (404) or of another country (409), or a duplicate (409). */
const duplicateCredential = endpoint('POST', CREDENTIALS_COLLECTION, (ctx) => {
  const counterpartId = ctx.path.counterpart_id as string;
  // A missing counterpart is the CRUD's 404.
  if (!ctx.store.get(ctx.scope, COUNTERPARTS, counterpartId)) return undefined;
  const body = objectOf(ctx.body);
  let wanted: { network_schema: string; network_identifier: string };
  if (typeof body.counterpart_vat_id_id === 'string') {
    const vatId = ctx.store.get(ctx.scope, vatIdsOf(counterpartId), body.counterpart_vat_id_id);
    if (!vatId) return { status: 404, body: errorBody(`VAT ID ${body.counterpart_vat_id_id} was not found.`) };
    const fromVatId = credentialFromVatId(vatId);
    if (!fromVatId)
      return refusal(
        409,
        `VAT ID ${body.counterpart_vat_id_id} is not from a country Monite e-invoices with (DE, NL, BE).`,
      );
    wanted = fromVatId;
  } else {
    // The payload's other shape (validated): a scheme and an identifier, both required.
    wanted = { network_schema: String(body.network_schema), network_identifier: String(body.network_identifier) };
  }
  const { network_schema: schema, network_identifier: identifier } = wanted;
  const duplicate = ctx.store
    .list(ctx.scope, credentialsOf(counterpartId))
    .some((c) => c.network_schema === schema && c.network_identifier === identifier);
  return duplicate
    ? refusal(409, `The counterpart already has the e-invoicing credential ${schema} ${identifier}.`)
    : undefined;
});

/** The rules of counterpart e-invoicing credentials. */
export const credentialRules: CollectionRules = { collection: CREDENTIALS_COLLECTION, deriveOnSave: deriveCredential };

/** The endpoints of counterpart e-invoicing credentials. */
export const credentialEndpoints = [duplicateCredential];
