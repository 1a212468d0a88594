/**
 * `GET /events/{event_id}` takes no entity header, so it cannot be answered
 * by the per-entity store lookup every other read uses: it finds the event
 * wherever it is kept.
 */
import { errorBody } from '../domain/error-bodies.js';
import type { MockOperation } from '../operations/operation-table.js';
import type { EventLog } from '../state/event-log.js';
import type { Reply } from '../state/resources.js';

/** The reply of `GET /events/{event_id}`, or undefined for any other operation. */
export function eventEndpointReply(
  op: MockOperation,
  pathParams: Record<string, string>,
  events: EventLog,
  present: (op: MockOperation, status: number, value: unknown) => unknown,
): Reply | undefined {
  if (op.operationId !== 'get_events_id') return undefined;
  const id = pathParams.event_id ?? '';
  const event = events.find(id);
  if (!event) return { status: 404, body: errorBody(`Event ${id} was not found.`) };
  return { status: 200, body: present(op, 200, event) };
}
