import type { StoredRecord } from '../shared/stored-record.js';
import type { MockOperation } from '../operations/operation-table.js';
import { conform } from '../schema/conform.js';
import { type FakeContext, fakeValue } from '../schema/fake-data.js';
import { createRandom, hashString } from '../schema/random.js';
import type { JsonSchema, SchemaDocument } from '../schema/schema-document.js';
import { successSchema } from './catalog.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Shapes stored values into the answers the spec declares: what is stored
 * and the schema admits is kept, what the schema requires and nothing stored
 * is generated, deterministically from the seed and the object's id.
 */
export class Presenter {
  constructor(
    private readonly document: SchemaDocument,
    private readonly seed: string,
    private readonly startTime: number,
  ) {}

  /** A generator seeded from the mock's seed and a key, so the same key gives the same data. */
  private fakeContext(key: string, now: number | string = this.startTime): FakeContext {
    return {
      components: this.document.components.schemas,
      random: createRandom(hashString(`${this.seed}:${key}`)),
      now: new Date(now),
    };
  }

  /** Shapes a value to the schema of a status of an operation. */
  present(op: MockOperation, status: number, value: unknown): unknown {
    const schema = this.document.operations[op.operationId]?.responses[String(status)];
    if (!schema || 'contentType' in schema) return undefined;
    const key = isObject(value) && typeof value.id === 'string' ? value.id : '';
    return conform(schema, value, this.fakeContext(`${op.operationId}:${key}`));
  }

  /** Fills a new record's required fields from its collection's read schema, so reads agree with each other. */
  materialize(readSchema: JsonSchema | undefined, record: StoredRecord): StoredRecord {
    if (!readSchema) return record;
    const shaped = conform(readSchema, record, this.fakeContext(record.id, record.created_at));
    return isObject(shaped) ? ({ ...record, ...shaped } as StoredRecord) : record;
  }

  /** A value for an operation nobody stored anything for, stable per key and seed. */
  generate(op: MockOperation, key: string): unknown {
    const schema = successSchema(this.document, op);
    return schema && fakeValue(schema, this.fakeContext(`${op.operationId}:${key}`));
  }
}
