/**
 * `GET /events/{event_id}` takes no entity header, so it cannot be answered
 * by the per-entity store lookup every other read uses: it finds the event
 * wherever it is kept, and answers it only to a token that may act for the
 * event's entity (`mayRead`), or, for an event of no entity, to a token of
 * the partner it was recorded for, so one partner cannot read another's events.
 */
import { errorBody } from '../domain/error-bodies.js';
import type { MockOperation } from '../operations/operation-table.js';
import type { EventLog } from '../state/event-log.js';
import type { Reply } from '../state/resources.js';

/**
 * The reply of `GET /events/{event_id}`, or undefined for any other
 * operation. An event of an entity the token may not act for is not found,
 * like an id never issued, so its existence stays hidden.
 */
export function eventEndpointReply(
  op: MockOperation,
  pathParams: Record<string, string>,
  events: EventLog,
  present: (op: MockOperation, status: number, value: unknown) => unknown,
  mayRead: (entityId: string) => boolean,
  partnerScope: string,
): Reply | undefined {
  if (op.operationId !== 'get_events_id') return undefined;
  // Stryker disable next-line StringLiteral: the route of this operation always captures event_id
  const id = pathParams.event_id ?? '';
  const event = events.find(id);
  const readable =
    event !== undefined && (event.entity_id === null ? events.scopeOf(id) === partnerScope : mayRead(event.entity_id));
  if (!readable) return { status: 404, body: errorBody(`Event ${id} was not found.`) };
  return { status: 200, body: present(op, 200, event) };
}
