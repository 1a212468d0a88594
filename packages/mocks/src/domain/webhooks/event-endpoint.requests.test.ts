// `GET /events/{event_id}`: it takes no entity header, yet it
// answers an event only to a token that may act for the event's entity;
// to any other token the event is not found, as an id never issued.
import { describe, expect, it } from 'vitest';
import { createMonite } from '../../create-monite.js';
import { callsWithTokens } from '../../test/helpers.js';

const A = { clientId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', clientSecret: 'secret-a' };
const B = { clientId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', clientSecret: 'secret-b' };
const NEVER_ISSUED = '00000000-0000-4000-8000-000000000000';
const entityBody = (email: string) => ({
  type: 'organization',
  email,
  address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Hauptstrasse 1' },
  organization: { legal_name: 'Events GmbH' },
});

async function world() {
  const monite = createMonite({ clients: [A, B] });
  const { call, token } = callsWithTokens(monite);
  const a = await token(A);
  const own = (await call('POST', '/entities', a, { body: entityBody('own@example.com') })).body.id as string;
  const other = (await call('POST', '/entities', a, { body: entityBody('other@example.com') })).body.id as string;
  await call('POST', '/tags', a, { body: { name: 'own' }, entity: own });
  await call('POST', '/tags', a, { body: { name: 'other' }, entity: other });
  const tagEvent = async (entity: string) =>
    (await call('GET', '/events?object_type=tag', a, { entity })).body.data[0] as { id: string; entity_id: string };
  return { monite, call, token, a, own, other, ownEvent: await tagEvent(own), otherEvent: await tagEvent(other) };
}

const notFound = (id: string) => ({ status: 404, body: { error: { message: `Event ${id} was not found.` } } });

describe('GET /events/{event_id}', () => {
  it("answers the partner's own event, and an id never issued with Monite's 404 naming it", async () => {
    const { call, a, own, ownEvent } = await world();
    expect(ownEvent.entity_id).toBe(own);
    expect(await call('GET', `/events/${ownEvent.id}`, a)).toEqual({ status: 200, body: ownEvent });
    expect(await call('GET', `/events/${NEVER_ISSUED}`, a)).toEqual(notFound(NEVER_ISSUED));
  });

  it("hides another partner's event as if it did not exist", async () => {
    const { call, token, ownEvent } = await world();
    const b = await token(B);
    expect(await call('GET', `/events/${ownEvent.id}`, b)).toEqual(notFound(ownEvent.id));
  });

  it('answers an entity-user token only the events of its own entity', async () => {
    const { monite, call, token, own, ownEvent, otherEvent } = await world();
    const user = monite.seedResource({ collection: '/entity_users', entityId: own, data: { first_name: 'Ann' } });
    const userToken = await token(A, String(user.id));
    expect(await call('GET', `/events/${ownEvent.id}`, userToken)).toEqual({ status: 200, body: ownEvent });
    expect(await call('GET', `/events/${otherEvent.id}`, userToken)).toEqual(notFound(otherEvent.id));
  });

  it('keeps an event of no entity with the partner that caused it: others do not find it', async () => {
    const { monite, call, token, a } = await world();
    const b = await token(B);
    // An OCR task takes an optional entity header: without it, its events belong to no entity.
    const task = await call('POST', '/ocr_tasks', b, { body: { file_url: 'https://files.example/b.pdf' } });
    expect(task.status).toBe(202);
    const event = monite.webhooks.events().find((e) => e.object_type === 'ocr_task');
    expect(event?.entity_id).toBeNull();
    const own = await call('GET', `/events/${event!.id}`, b);
    expect([own.status, own.body.id, own.body.action]).toEqual([200, event!.id, 'ocr_task.created']);
    expect(await call('GET', `/events/${event!.id}`, a)).toEqual(notFound(event!.id));
  });
});
