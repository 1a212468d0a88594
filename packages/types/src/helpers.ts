// Helper types that read request and response shapes out of `paths`, so users
// can name what an operation takes and returns without digging through
// openapi-typescript's nesting.
import type { paths } from './generated/schema.js';

/** Every path of the Monite API, e.g. `'/counterparts/{counterpart_id}'`. */
export type Path = keyof paths;

/** The HTTP methods that a path supports (lower case, as in `paths`). */
export type MethodOf<P extends Path> = {
  [M in keyof paths[P]]: paths[P][M] extends { responses: unknown } ? M : never;
}[keyof paths[P]] &
  string;

/** The operation object of a path and method. */
export type Operation<P extends Path, M extends MethodOf<P>> = paths[P][M];

type JsonContent<T> = T extends { content: { 'application/json': infer B } }
  ? B
  : T extends { content: { 'multipart/form-data': infer F } }
    ? F
    : never;

/** The request body of an operation (JSON or multipart form). */
export type RequestBody<P extends Path, M extends MethodOf<P>> =
  Operation<P, M> extends { requestBody?: infer R } ? JsonContent<NonNullable<R>> : never;

/** The parameters of an operation, by location (`path`, `query`, `header`). */
export type OperationParameters<P extends Path, M extends MethodOf<P>> =
  Operation<P, M> extends { parameters: infer Params } ? Params : never;

/**
 * The parameters of an operation, by location.
 * @deprecated Use `OperationParameters`: importing this name hides TypeScript's
 * built-in `Parameters<F>` in the importing module.
 */
export type Parameters<P extends Path, M extends MethodOf<P>> = OperationParameters<P, M>;

/** The statuses an operation declares. */
export type StatusOf<P extends Path, M extends MethodOf<P>> = keyof (Operation<P, M> extends {
  responses: infer R;
}
  ? R
  : never);

/**
 * The JSON body of a response. Without a status, the body of the operation's
 * success response (the first 2xx it declares).
 */
export type ResponseBody<P extends Path, M extends MethodOf<P>, S extends StatusOf<P, M> = SuccessStatus<P, M>> =
  Operation<P, M> extends { responses: infer R } ? (S extends keyof R ? JsonContent<R[S]> : never) : never;

/** The 2xx statuses that an operation declares. */
export type SuccessStatus<P extends Path, M extends MethodOf<P>> = Extract<StatusOf<P, M>, 200 | 201 | 202 | 204>;

/** The body of the error responses that an operation declares (4xx and 5xx). */
export type ErrorBody<P extends Path, M extends MethodOf<P>> = ResponseBody<
  P,
  M,
  Exclude<StatusOf<P, M>, SuccessStatus<P, M>>
>;
