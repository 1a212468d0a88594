/**
 * Actions and searches of the newer operations: recurrence pause and resume,
 * payment records, entity activation, counterpart e-invoicing credentials and
 * the e-invoice search, receivables search and required fields, deleting
 * roles; and fixed path segments routing before `{id}`.
 */
import { describe, expect, test } from 'vitest';
import { findRoute } from '../operations/router.js';
import { bodyFor } from '../test/events-helpers.js';
import { counterpartPayload, ENTITY } from '../test/helpers.js';
import { sectionsClient } from '../test/sections-helpers.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('routing', () => {
  test.each([
    ['POST', '/v1/receivables/search', 'post_receivables_search'],
    ['GET', '/v1/receivables/required_fields', 'get_receivables_required_fields'],
    ['POST', '/v1/receipts/upload_from_file', 'post_receipts_upload_from_file'],
    ['POST', '/v1/ocr_tasks/upload_from_file', 'post_ocr_tasks_upload_from_file'],
    ['GET', '/v1/payables/analytics', 'get_payables_analytics'],
    ['GET', `/v1/receivables/${UNKNOWN}`, 'get_receivables_id'],
  ])('%s %s goes to %s', (method, path, operationId) => {
    const found = findRoute(method, path);
    expect(found && 'route' in found ? found.route.operation.operationId : found).toBe(operationId);
  });
});

describe('recurrences', () => {
  test('pause and resume; illegal moves answer 409', async () => {
    // Tokens that outlive the clock move below.
    const { call, monite } = sectionsClient({ tokenLifetimeSeconds: 365 * 86_400 });
    const base = monite.seedResource({
      collection: '/receivables',
      entityId: ENTITY,
      data: { type: 'invoice', currency: 'EUR', status: 'draft' },
    });
    const created = await call('POST', '/recurrences', {
      body: bodyFor('post_recurrences', {
        invoice_id: base.id,
        start_date: '2024-07-01',
        frequency: 'month',
        interval: 1,
        end_date: undefined,
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.body.id;
    expect(created.body.status).toBe('active');
    expect((await call('POST', `/recurrences/${id}/resume`)).status).toBe(409);
    expect((await call('POST', `/recurrences/${id}/pause`)).status).toBe(200);
    expect((await call('GET', `/recurrences/${id}`)).body.status).toBe('paused');
    expect((await call('POST', `/recurrences/${id}/pause`)).status).toBe(409);
    // A paused recurrence issues nothing when its date comes.
    expect(monite.clock.advance(60 * 86_400_000).issued).toEqual([]);
    expect((await call('POST', `/recurrences/${id}/resume`)).status).toBe(200);
    expect((await call('GET', `/recurrences/${id}`)).body.status).toBe('active');
    expect((await call('POST', `/recurrences/${id}/cancel`)).status).toBe(204);
    expect((await call('POST', `/recurrences/${id}/pause`)).status).toBe(409);
    expect((await call('POST', `/recurrences/${UNKNOWN}/pause`)).status).toBe(404);
  });
});

describe('payment records', () => {
  test('created, processing, succeeded, with a history of each move; update; illegal moves keep the status', async () => {
    const { call, pages } = sectionsClient();
    const payable = (await call('POST', '/payables', { body: { currency: 'EUR' } })).body;
    const created = await call('POST', '/payment_records', {
      body: { amount: 1500, currency: 'EUR', status: 'created', object: { id: payable.id, type: 'payable' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'created',
      is_external: true,
      object: { id: payable.id, type: 'payable', old_status: 'draft', new_status: 'draft' },
    });
    const id = created.body.id;
    const updated = await call('PATCH', `/payment_records/${id}`, {
      body: { amount: 1800, payment_method: 'sepa_credit' },
    });
    expect(updated.body).toMatchObject({ amount: 1800, payment_method: 'sepa_credit', status: 'created' });
    expect((await call('POST', `/payment_records/${id}/start_processing`, { body: {} })).body.status).toBe(
      'processing',
    );
    const paid = await call('POST', `/payment_records/${id}/mark_as_succeeded`, {
      body: { paid_at: '2024-06-01T10:00:00Z' },
    });
    expect(paid.body).toMatchObject({ status: 'succeeded', paid_at: '2024-06-01T10:00:00Z' });
    expect(paid.body.history.map((h: { status: string }) => h.status)).toEqual(['created', 'processing', 'succeeded']);
    // No 409 is declared for these moves: a refused move is a 400, and the record keeps its status.
    const again = await call('POST', `/payment_records/${id}/cancel`, { body: {} });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toBe("Cannot cancel in status 'succeeded'.");
    expect((await call('GET', `/payment_records/${id}`)).body.status).toBe('succeeded');
    const plain = await call('POST', '/payment_records', {
      body: { amount: 100, currency: 'EUR', object: { id: payable.id, type: 'payable' } },
    });
    expect(plain.body).toMatchObject({ status: 'succeeded', history: [{ status: 'succeeded' }] });
    expect(plain.body.paid_at).toBeTypeOf('string');
    await call('POST', '/payment_records', {
      body: { amount: 1, currency: 'EUR', object: { id: payable.id, type: 'payable' } },
    });
    expect((await pages('/payment_records', 2)).sizes).toEqual([2, 1]);
  });
});

describe('entities', () => {
  test('deactivate and activate', async () => {
    const { call } = sectionsClient();
    const entity = await call('POST', '/entities', {
      entity: null,
      body: {
        type: 'organization',
        email: 'owner@example.com',
        address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
        organization: { legal_name: 'Acme GmbH' },
      },
    });
    expect(entity.body.status).toBe('active');
    const off = await call('POST', `/entities/${entity.body.id}/deactivate`, { entity: null });
    expect(off.status).toBe(200);
    expect(off.body.status).toBe('inactive');
    expect((await call('GET', `/entities/${entity.body.id}`, { entity: null })).body.status).toBe('inactive');
    expect((await call('POST', `/entities/${entity.body.id}/activate`, { entity: null })).body.status).toBe('active');
    expect((await call('POST', `/entities/${UNKNOWN}/activate`, { entity: null })).status).toBe(404);
  });
});

describe('counterpart e-invoicing credentials and the e-invoice search', () => {
  test('CRUD, from a VAT ID, duplicates refused, and the search finds what is stored', async () => {
    const { call } = sectionsClient();
    const cp = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const base = `/counterparts/${cp.id}/einvoicing_credentials`;
    const search = (id: string) =>
      call('GET', `/einvoice_search?network_schema=DE:VAT&network_identifier=${id}`, { entity: null });
    expect((await search('DE111111111')).body).toEqual({ exists: false });
    const created = await call('POST', base, { body: { network_schema: 'DE:VAT', network_identifier: 'DE111111111' } });
    expect(created.status).toBe(201);
    expect((await search('DE111111111')).body).toEqual({ exists: true });
    expect(
      (await call('POST', base, { body: { network_schema: 'DE:VAT', network_identifier: 'DE111111111' } })).status,
    ).toBe(409);
    const vatId = (
      await call('POST', `/counterparts/${cp.id}/vat_ids`, {
        body: { country: 'NL', type: 'eu_vat', value: 'NL123456789B01' },
      })
    ).body;
    const fromVat = await call('POST', base, { body: { counterpart_vat_id_id: vatId.id } });
    expect(fromVat.status).toBe(201);
    expect(fromVat.body).toMatchObject({ network_schema: 'NL:VAT', network_identifier: 'NL123456789B01' });
    expect((await call('POST', base, { body: { counterpart_vat_id_id: UNKNOWN } })).status).toBe(404);
    expect((await call('GET', base)).body.data).toHaveLength(2);
    const updated = await call('PATCH', `${base}/${created.body.id}`, { body: { network_identifier: 'DE222222222' } });
    expect(updated.body).toMatchObject({ network_schema: 'DE:VAT', network_identifier: 'DE222222222' });
    expect((await search('DE111111111')).body).toEqual({ exists: false });
    expect((await search('DE222222222')).body).toEqual({ exists: true });
    expect((await call('DELETE', `${base}/${created.body.id}`)).status).toBe(204);
    expect((await call('GET', `${base}/${created.body.id}`)).status).toBe(404);
    expect((await search('DE222222222')).body).toEqual({ exists: false });
    expect((await call('GET', `/counterparts/${UNKNOWN}/einvoicing_credentials`)).status).toBe(404);
  });

  test('refusals say why: an unknown VAT ID, a duplicate; the same identifier in another scheme is no duplicate', async () => {
    const { call } = sectionsClient();
    const cp = (await call('POST', '/counterparts', { body: counterpartPayload })).body;
    const base = `/counterparts/${cp.id}/einvoicing_credentials`;
    expect(await call('POST', base, { body: { counterpart_vat_id_id: UNKNOWN } })).toMatchObject({
      status: 404,
      body: { error: { message: `VAT ID ${UNKNOWN} was not found.` } },
    });
    const credential = { network_schema: 'DE:VAT', network_identifier: 'DE111111111' };
    expect((await call('POST', base, { body: credential })).status).toBe(201);
    expect(await call('POST', base, { body: credential })).toMatchObject({
      status: 409,
      body: { error: { message: 'The counterpart already has the e-invoicing credential DE:VAT DE111111111.' } },
    });
    const otherScheme = { network_schema: 'NL:VAT', network_identifier: 'DE111111111' };
    expect((await call('POST', base, { body: otherScheme })).status).toBe(201);
    const otherNumber = { network_schema: 'DE:VAT', network_identifier: 'DE999999999' };
    expect((await call('POST', base, { body: otherNumber })).status).toBe(201);
    // An unknown counterpart is the one not found, whatever VAT ID the request names.
    const missing = await call('POST', `/counterparts/${UNKNOWN}/einvoicing_credentials`, {
      body: { counterpart_vat_id_id: UNKNOWN },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(`Counterpart ${UNKNOWN} was not found.`);
  });
});

describe('receivables search and required fields', () => {
  test('POST /receivables/search applies the body filters and pages with its own tokens', async () => {
    const { call, monite } = sectionsClient();
    const ids = [];
    for (const [status, total] of [
      ['draft', 100],
      ['issued', 200],
      ['issued', 300],
      ['paid', 400],
    ] as const)
      ids.push(
        monite.seedResource({
          collection: '/receivables',
          entityId: ENTITY,
          data: { type: 'invoice', currency: 'EUR', status, total_amount: total },
        }).id,
      );
    const issued = await call('POST', '/receivables/search', { body: { status: 'issued' } });
    expect(issued.status).toBe(200);
    expect(issued.body.data.map((r: { id: string }) => r.id)).toEqual([ids[1], ids[2]]);
    const big = await call('POST', '/receivables/search', {
      body: { total_amount__gte: 250, order: 'desc', sort: 'total_amount' },
    });
    expect(big.body.data.map((r: { id: string }) => r.id)).toEqual([ids[3], ids[2]]);
    const first = await call('POST', '/receivables/search', { body: { status__in: ['issued', 'paid'], limit: 2 } });
    expect(first.body.data).toHaveLength(2);
    const second = await call('POST', '/receivables/search', {
      body: { pagination_token: first.body.next_pagination_token },
    });
    expect(second.body.data.map((r: { id: string }) => r.id)).toEqual([ids[3]]);
    expect(second.body.next_pagination_token).toBeUndefined();
    const forged = await call('POST', '/receivables/search', { body: { pagination_token: 'forged' } });
    expect(forged.status).toBe(422);
  });

  test('GET /receivables/required_fields: reverse charge needs both VAT IDs; a domestic invoice the tax number', async () => {
    const { call, monite } = sectionsClient();
    monite.seedResource({ collection: '/entities', data: { id: ENTITY, address: { country: 'DE' } } });
    const domestic = (await call('GET', '/receivables/required_fields?counterpart_country=DE')).body;
    expect(domestic).toMatchObject({
      entity: { vat_id: { required: false }, tax_id: { required: true } },
      counterpart: { vat_id: { required: false } },
      line_item: { vat_rate_id: { required: true }, tax_rate_value: { required: false } },
    });
    const french = (
      await call('GET', '/receivables/required_fields?counterpart_country=FR&counterpart_type=organization')
    ).body;
    expect(french).toMatchObject({
      entity: { vat_id: { required: true } },
      counterpart: { vat_id: { required: true } },
    });
    const person = (
      await call('GET', '/receivables/required_fields?counterpart_country=FR&counterpart_type=individual')
    ).body;
    expect(person.counterpart.vat_id.required).toBe(false);
  });
});

describe('deleting roles', () => {
  test('a role nobody has is deleted; one given to a user answers 409', async () => {
    const { call, monite } = sectionsClient();
    const body = bodyFor('post_roles', { name: 'Approver' });
    const free = await call('POST', '/roles', { body });
    expect(free.status, JSON.stringify(free.body)).toBe(200);
    expect((await call('DELETE', `/roles/${free.body.id}`)).status).toBe(204);
    expect((await call('GET', `/roles/${free.body.id}`)).status).toBe(404);
    const used = (await call('POST', '/roles', { body })).body;
    monite.seedResource({
      collection: '/entity_users',
      entityId: ENTITY,
      data: { first_name: 'Ann', role_id: used.id },
    });
    const refused = await call('DELETE', `/roles/${used.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('assigned');
    expect(refused.body.error.message).toBe(
      `Role ${used.id} is assigned to 1 entity user(s); give them another role first.`,
    );
    // Users with other roles do not hold a role back.
    const other = (await call('POST', '/roles', { body })).body;
    expect((await call('DELETE', `/roles/${other.id}`)).status).toBe(204);
    expect((await call('DELETE', `/roles/${UNKNOWN}`)).status).toBe(404);
  });
});
