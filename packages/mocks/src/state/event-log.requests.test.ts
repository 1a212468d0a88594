/**
 * Every (object type, event) pair the mock can produce, table-driven: each
 * step's request emits exactly the one event Monite would, with its own
 * spelling, the object after the change, the entity and the API version.
 */
import { describe, expect, test } from 'vitest';
import { bodyFor } from '../test/events-helpers.js';
import { counterpartPayload, ENTITY, testClient, VERSION } from '../test/helpers.js';

type Call = ReturnType<typeof testClient>['call'];
type Ids = Record<string, string>;

interface Step {
  /** The expected action, `<object_type>.<event>`. */
  action: string;
  method: 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  /** The path, with `{name}` filled from ids recorded by earlier steps. */
  path: string;
  body?: unknown;
  /** Remember the answer's id under this name. */
  as?: string;
  /** Requests to run first, whose events do not count. */
  before?: Array<{ method: 'POST' | 'PATCH'; path: string; body?: unknown }>;
}

const address = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' };

/** Per object type: the steps in order (later steps use ids of earlier ones). */
const SCENARIOS: Record<string, Step[]> = {
  counterpart: [
    { action: 'counterpart.created', method: 'POST', path: '/counterparts', body: counterpartPayload, as: 'cp' },
    {
      action: 'counterpart.updated',
      method: 'PATCH',
      path: '/counterparts/{cp}',
      body: { organization: { legal_name: 'Acme AG' } },
    },
    { action: 'counterpart.delete', method: 'DELETE', path: '/counterparts/{cp}' },
  ],
  counterpart_contact_person: [
    { action: 'counterpart.created', method: 'POST', path: '/counterparts', body: counterpartPayload, as: 'cp' },
    {
      action: 'counterpart_contact_person.created',
      method: 'POST',
      path: '/counterparts/{cp}/contacts',
      body: { first_name: 'Mary', last_name: "O'Brien", address },
      as: 'contact',
    },
    {
      action: 'counterpart_contact_person.update',
      method: 'PATCH',
      path: '/counterparts/{cp}/contacts/{contact}',
      body: { first_name: 'Ann' },
    },
    {
      action: 'counterpart_contact_person.make_default',
      method: 'POST',
      path: '/counterparts/{cp}/contacts/{contact}/make_default',
    },
    { action: 'counterpart_contact_person.delete', method: 'DELETE', path: '/counterparts/{cp}/contacts/{contact}' },
  ],
  counterpart_address: [
    { action: 'counterpart.created', method: 'POST', path: '/counterparts', body: counterpartPayload, as: 'cp' },
    {
      action: 'counterpart_address.created',
      method: 'POST',
      path: '/counterparts/{cp}/addresses',
      body: address,
      as: 'address',
    },
    {
      action: 'counterpart_address.update',
      method: 'PATCH',
      path: '/counterparts/{cp}/addresses/{address}',
      body: { city: 'Hamburg' },
    },
    { action: 'counterpart_address.delete', method: 'DELETE', path: '/counterparts/{cp}/addresses/{address}' },
  ],
  counterpart_bank_account: [
    { action: 'counterpart.created', method: 'POST', path: '/counterparts', body: counterpartPayload, as: 'cp' },
    {
      action: 'counterpart_bank_account.created',
      method: 'POST',
      path: '/counterparts/{cp}/bank_accounts',
      body: bodyFor('post_counterparts_id_bank_accounts', { country: 'DE', currency: 'EUR' }),
      as: 'account',
    },
    {
      action: 'counterpart_bank_account.update',
      method: 'PATCH',
      path: '/counterparts/{cp}/bank_accounts/{account}',
      body: { name: 'Main' },
    },
    { action: 'counterpart_bank_account.delete', method: 'DELETE', path: '/counterparts/{cp}/bank_accounts/{account}' },
  ],
  payable: [
    {
      action: 'payable.created',
      method: 'POST',
      path: '/payables',
      body: { currency: 'EUR', document_id: 'INV-1' },
      as: 'p',
    },
    { action: 'payable.updated', method: 'PATCH', path: '/payables/{p}', body: { document_id: 'INV-2' } },
    {
      action: 'payable.line_item.created',
      method: 'POST',
      path: '/payables/{p}/line_items',
      body: { name: 'Desk', quantity: 2, unit_price: 5000, tax: 1900 },
    },
    { action: 'payable.submitted_for_approval', method: 'POST', path: '/payables/{p}/submit_for_approval' },
    { action: 'payable.rejected', method: 'POST', path: '/payables/{p}/reject' },
    { action: 'payable.reopened', method: 'POST', path: '/payables/{p}/reopen' },
    {
      action: 'payable.approved',
      method: 'POST',
      path: '/payables/{p}/approve_payment_operation',
      before: [{ method: 'POST', path: '/payables/{p}/submit_for_approval' }],
    },
    {
      action: 'payable.partially_paid',
      method: 'POST',
      path: '/payables/{p}/mark_as_partially_paid',
      body: { amount_paid: 1000 },
    },
    { action: 'payable.paid', method: 'POST', path: '/payables/{p}/mark_as_paid', body: {} },
    { action: 'payable.created', method: 'POST', path: '/payables', body: { currency: 'EUR' }, as: 'q' },
    { action: 'payable.deleted', method: 'DELETE', path: '/payables/{q}' },
    { action: 'payable.created', method: 'POST', path: '/payables', body: { currency: 'EUR' }, as: 'r' },
    { action: 'payable.canceled', method: 'POST', path: '/payables/{r}/cancel' },
  ],
  'payable.line_item': [
    { action: 'payable.created', method: 'POST', path: '/payables', body: { currency: 'EUR' }, as: 'p' },
    {
      action: 'payable.line_item.created',
      method: 'POST',
      path: '/payables/{p}/line_items',
      body: { name: 'Desk', quantity: 2, unit_price: 5000, tax: 1900 },
      as: 'li',
    },
    {
      action: 'payable.line_item.updated',
      method: 'PATCH',
      path: '/payables/{p}/line_items/{li}',
      body: { quantity: 3 },
    },
    { action: 'payable.line_item.deleted', method: 'DELETE', path: '/payables/{p}/line_items/{li}' },
  ],
  tag: [
    { action: 'tag.created', method: 'POST', path: '/tags', body: { name: 'urgent' }, as: 't' },
    { action: 'tag.updated', method: 'PATCH', path: '/tags/{t}', body: { name: 'later' } },
    { action: 'tag.deleted', method: 'DELETE', path: '/tags/{t}' },
  ],
  project: [
    { action: 'project.created', method: 'POST', path: '/projects', body: bodyFor('post_projects'), as: 'pr' },
    { action: 'project.updated', method: 'PATCH', path: '/projects/{pr}', body: { name: 'Renamed' } },
    { action: 'project.deleted', method: 'DELETE', path: '/projects/{pr}' },
  ],
  comment: [
    { action: 'payable.created', method: 'POST', path: '/payables', body: { currency: 'EUR' }, as: 'p' },
    {
      action: 'comment.create',
      method: 'POST',
      path: '/comments',
      body: { object_id: '{p}', object_type: 'payable', text: 'Looks fine' },
      as: 'c',
    },
    { action: 'comment.update', method: 'PATCH', path: '/comments/{c}', body: { text: 'Looks great' } },
  ],
  approval_policy: [
    {
      action: 'approval_policy.created',
      method: 'POST',
      path: '/approval_policies',
      body: bodyFor('post_approval_policies'),
      as: 'ap',
    },
    { action: 'approval_policy.updated', method: 'PATCH', path: '/approval_policies/{ap}', body: { name: 'Two eyes' } },
    { action: 'approval_policy.deleted', method: 'DELETE', path: '/approval_policies/{ap}' },
  ],
  approval_request: [
    { action: 'payable.created', method: 'POST', path: '/payables', body: { currency: 'EUR' }, as: 'p' },
    {
      action: 'approval_request.created',
      method: 'POST',
      path: '/approval_requests',
      body: bodyFor('post_approval_requests', { object_id: '{p}', object_type: 'payable' }),
      as: 'ar',
    },
    { action: 'approval_request.approved', method: 'POST', path: '/approval_requests/{ar}/approve' },
  ],
  payment_link: [
    {
      action: 'payment_link.created',
      method: 'POST',
      path: '/payment_links',
      // A link for an outside invoice names what it asks for.
      body: bodyFor('post_payment_links', { amount: 1000, currency: 'EUR' }),
      as: 'pl',
    },
    { action: 'payment_link.status_updated', method: 'POST', path: '/payment_links/{pl}/expire' },
  ],
  // Not in Monite's catalogue: the mock's own convention (created, updated, deleted, the new status per move).
  receivable: [
    {
      action: 'counterpart.created',
      method: 'POST',
      path: '/counterparts',
      body: { ...counterpartPayload, organization: { ...counterpartPayload.organization, is_customer: true } },
      as: 'cp',
    },
    {
      action: 'receivable.created',
      method: 'POST',
      path: '/receivables',
      body: bodyFor('post_receivables', { type: 'invoice', currency: 'EUR', counterpart_id: '{cp}' }),
      as: 'r',
    },
    { action: 'receivable.updated', method: 'PATCH', path: '/receivables/{r}', body: bodyFor('patch_receivables_id') },
    { action: 'receivable.issued', method: 'POST', path: '/receivables/{r}/issue' },
    { action: 'receivable.paid', method: 'POST', path: '/receivables/{r}/mark_as_paid', body: {} },
  ],
  product: [
    { action: 'product.created', method: 'POST', path: '/products', body: bodyFor('post_products'), as: 'pd' },
    { action: 'product.updated', method: 'PATCH', path: '/products/{pd}', body: { name: 'Chair' } },
    { action: 'product.deleted', method: 'DELETE', path: '/products/{pd}' },
  ],
};

function fill(value: unknown, ids: Ids): unknown {
  const text = JSON.stringify(value);
  if (text === undefined) return undefined;
  return JSON.parse(text.replace(/\{(\w+)\}/g, (whole, name: string) => ids[name] ?? whole));
}

async function runStep(call: Call, step: Step, ids: Ids) {
  for (const pre of step.before ?? []) {
    const answer = await call(pre.method, fill(pre.path, ids) as string, { body: fill(pre.body, ids) });
    expect(answer.status, `${pre.method} ${pre.path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  }
  return call(step.method, fill(step.path, ids) as string, { body: fill(step.body, ids) });
}

describe('events: each change emits exactly its action', () => {
  test.each(Object.keys(SCENARIOS))('%s', async (objectType) => {
    const { monite, call } = testClient();
    const ids: Ids = {};
    for (const step of SCENARIOS[objectType] as Step[]) {
      const seen = monite.webhooks.events().length;
      const answer = await runStep(call, step, ids);
      expect(answer.status, `${step.method} ${step.path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
      if (step.as) ids[step.as] = answer.body.id;
      const events = monite.webhooks.events().slice(seen + (step.before?.length ?? 0));
      expect(events.map((e) => e.action)).toEqual([step.action]);
      const event = events[0]!;
      expect(event).toMatchObject({
        api_version: VERSION,
        entity_id: ENTITY,
        object_type: step.action.split('.').slice(0, -1).join('.'),
      });
      expect(event.description).toMatch(/\w/);
      // A delete's event names the object that went by its id; any other carries the object as it now is.
      const id = String(fill(step.path, ids)).split('/').at(-1);
      if (step.method === 'DELETE') expect(event.object).toEqual({ id });
      else expect(event.object).not.toBeNull();
    }
  });
});
