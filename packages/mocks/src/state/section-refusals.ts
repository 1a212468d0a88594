/**
 * Refusals of the newer sections that depend on other stored objects, checked
 * before the generic dispatch: a duplicate counterpart e-invoicing
 * credential (409), a role still given to users (409), a delivery note based
 * on an unknown receivable (404) or on one that is not an invoice (409).
 * Each stands aside when the path names a missing object, so the dispatch
 * answers that 404 first.
 */
import { basedOnRefusal } from '../domain/delivery-notes.js';
import { errorBody } from '../domain/error-bodies.js';
import { credentialFromVatId } from '../domain/section-rules.js';
import type { MockOperation } from '../operations/operation-table.js';
import type { Store } from './store.js';

type Json = Record<string, unknown>;

/** What a refusal may read of the request. */
export interface RefusalRequest {
  scope: string;
  path: Record<string, string>;
  body: unknown;
}

/** A refusal: status and Monite's error body. */
export interface Refusal {
  status: number;
  body: unknown;
}

const conflict = (message: string): Refusal => ({ status: 409, body: errorBody(message) });

function credentialRefusal(request: RefusalRequest, store: Store, body: Json): Refusal | undefined {
  const counterpartId = request.path.counterpart_id ?? '';
  if (!store.get(request.scope, '/counterparts', counterpartId)) return undefined;
  let wanted: { network_schema: string; network_identifier: string } | undefined;
  if (typeof body.counterpart_vat_id_id === 'string') {
    const vatId = store.get(request.scope, `/counterparts/${counterpartId}/vat_ids`, body.counterpart_vat_id_id);
    if (!vatId) return { status: 404, body: errorBody(`VAT ID ${body.counterpart_vat_id_id} was not found.`) };
    wanted = credentialFromVatId(vatId);
    if (!wanted)
      return conflict(
        `VAT ID ${body.counterpart_vat_id_id} is not from a country Monite e-invoices with (DE, NL, BE).`,
      );
  } else if (typeof body.network_schema === 'string' && typeof body.network_identifier === 'string') {
    wanted = { network_schema: body.network_schema, network_identifier: body.network_identifier };
  }
  const existing = store.list(request.scope, `/counterparts/${counterpartId}/einvoicing_credentials`);
  const duplicate =
    wanted &&
    existing.some(
      (c) => c.network_schema === wanted.network_schema && c.network_identifier === wanted.network_identifier,
    );
  return duplicate
    ? conflict(
        `The counterpart already has the e-invoicing credential ${wanted?.network_schema} ${wanted?.network_identifier}.`,
      )
    : undefined;
}

function roleRefusal(request: RefusalRequest, store: Store): Refusal | undefined {
  const roleId = request.path.role_id ?? '';
  if (!store.get(request.scope, '/roles', roleId)) return undefined;
  const users = store.list(request.scope, '/entity_users').filter((u) => u.role_id === roleId);
  return users.length > 0
    ? conflict(`Role ${roleId} is assigned to ${users.length} entity user(s); give them another role first.`)
    : undefined;
}

function deliveryNoteRefusal(request: RefusalRequest, store: Store, body: Json): Refusal | undefined {
  if (typeof body.based_on !== 'string') return undefined;
  const receivable = store.get(request.scope, '/receivables', body.based_on);
  if (!receivable) return { status: 404, body: errorBody(`Receivable ${body.based_on} was not found.`) };
  const reason = basedOnRefusal(receivable);
  return reason ? conflict(reason) : undefined;
}

/** The refusal of a request by the newer sections' rules, or undefined to let the dispatch answer. */
export function sectionRefusal(op: MockOperation, request: RefusalRequest, store: Store): Refusal | undefined {
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Json;
  if (op.method === 'POST' && op.path === '/counterparts/{counterpart_id}/einvoicing_credentials')
    return credentialRefusal(request, store, body);
  if (op.method === 'DELETE' && op.path === '/roles/{role_id}') return roleRefusal(request, store);
  if (op.method === 'POST' && op.path === '/delivery_notes') return deliveryNoteRefusal(request, store, body);
  return undefined;
}
