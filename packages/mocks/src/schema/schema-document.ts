/**
 * The compact schema document the generator writes for the mocks (`generated/schemas.ts`):
 * the types every schema walker of the mock reads.
 */

/** A JSON Schema (OpenAPI 3.1 dialect), kept loose on purpose: the spec decides its shape. */
export type JsonSchema = { [keyword: string]: unknown };

/** A parameter of an operation, with its schema. */
export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonSchema;
}

/** The schemas of one operation. */
export interface OperationSchemas {
  parameters: ParameterSpec[];
  body?: { required: boolean; contentType?: string; schema: JsonSchema };
  /** Per status: a JSON schema, `{ contentType }` for non-JSON bodies, or null for none. */
  responses: Record<string, JsonSchema | null>;
  /** Per status: the names of the response headers the spec declares. */
  responseHeaders: Record<string, string[]>;
}

/** The compact schema document the generator writes next to the operation table. */
export interface SchemaDocument {
  apiVersion?: string;
  /** The `$id` that component `$ref`s (`monite.json#/$defs/Name`) point to. */
  schemaId: string;
  components: { schemas: Record<string, JsonSchema> };
  operations: Record<string, OperationSchemas>;
}
