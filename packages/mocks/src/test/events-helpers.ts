import { schemaDocument } from '../generated/schemas.js';
import { fakeValue } from '../schema/fake-data.js';
import { createRandom } from '../schema/random.js';

/** A body for an operation generated from its request schema (valid by construction, stable per operation), with overrides. */
export function bodyFor(operationId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const schema = schemaDocument.operations[operationId]?.body?.schema;
  const value = fakeValue(schema, {
    components: schemaDocument.components.schemas,
    random: createRandom(operationId),
    now: new Date('2024-05-25T08:00:00Z'),
  });
  return { ...(value as Record<string, unknown>), ...overrides };
}
