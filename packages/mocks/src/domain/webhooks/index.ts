/**
 * Webhooks and events: subscriptions (enabled or disabled, with a secret
 * Monite generates and can regenerate), `GET /events/{event_id}` (readable
 * only by a token that may act for the event's entity), and the delivery of
 * signed events (`dispatcher.ts`).
 */
import { refusal } from '../../state/crud/request.js';
import { type DomainModule, endpoint } from '../module.js';
import { SUBSCRIPTIONS_COLLECTION } from './dispatcher.js';

/**
 * `GET /events/{event_id}` takes no entity header, so it cannot be answered
 * by the per-entity lookup every other read uses: it finds the event wherever
 * it is kept. An event of an entity the token may not act for (or, for an
 * event of no entity, of another partner) is not found, like an id never
 * issued, so its existence stays hidden.
 */
const eventById = endpoint('GET', '/events/{event_id}', (ctx) => {
  const id = ctx.path.event_id as string;
  const event = ctx.events.find(id);
  const readable =
    event !== undefined &&
    (event.entity_id === null ? ctx.events.scopeOf(id) === ctx.partnerScope : ctx.mayActFor(event.entity_id));
  if (!readable) return refusal(404, `Event ${id} was not found.`);
  return { status: 200, body: ctx.present(ctx.op, 200, event) };
});

/** The webhooks module. */
export const webhooks: DomainModule = {
  name: 'webhooks and events',
  collections: [
    {
      collection: SUBSCRIPTIONS_COLLECTION,
      initialStatus: 'enabled',
      // None of these moves declares a 409: enabling an enabled subscription is a 400.
      moves: {
        enable: { from: ['disabled'], to: 'enabled' },
        disable: { from: ['enabled'], to: 'disabled' },
        regenerate_secret: {
          from: ['enabled', 'disabled'],
          to: '',
          apply: (_record, _body, ctx) => ({ secret: `whsec_${ctx.hex()}` }),
        },
      },
      creationExtras: (_ctx, hex) => ({ secret: `whsec_${hex()}` }),
    },
  ],
  endpoints: [eventById],
};
