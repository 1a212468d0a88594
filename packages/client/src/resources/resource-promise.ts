// What a resource method returns: a promise of the data (errors thrown as the
// MoniteApiError classes, as `unwrap` does) that also offers the response
// (`withResponse()`, as Stainless-built SDKs do), and for lists an async
// iterator over every item. Imports the main entry by its package name, so
// the error classes are the very ones users import from `@monite-ts/client`.
import { type CallResult, type RetryOptions, toApiError } from '@monite-ts/client';

/** Per-call options of a resource method (the last argument). */
export interface MoniteRequestOptions {
  /** Fail with MoniteTimeoutError after this many milliseconds (retries and waits included). Overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Retry settings for this call: `false` for none, an object to override fields (e.g. `{ retryNonIdempotent: true }`). */
  retry?: RetryOptions | boolean;
  /** Aborts the call; it then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /** Act on this entity for this call (`x-monite-entity-id`), as `monite.withEntity(entityId)` would. */
  entityId?: string;
  /** The fetch for this call (tests, tracing). */
  fetch?: (request: Request) => Promise<Response>;
}

/** Per-call options of a `list` method: those of any call, plus the pagination safeguards used by `for await`. */
export interface MoniteListOptions extends MoniteRequestOptions {
  /** `for await`: stop after this many items in total. */
  limit?: number;
  /**
   * `for await`: fetch at most this many pages; if the server still offers a
   * next page then, iteration throws MonitePaginationError (`reason: 'max-pages'`).
   */
  maxPages?: number;
}

/** The data of a call together with its response, from `withResponse()`. */
export interface MoniteResponse<T> {
  /** What the method resolves to. */
  data: T;
  /** The HTTP response (status, headers); its body has been read. */
  response: Response;
  /** The `x-request-id` Monite sent: quote it to Monite support. */
  requestId: string | undefined;
}

/** The data of a successful call, or the MoniteApiError for its status. */
function dataOf<T>(result: CallResult): T {
  if (result.response.ok) return result.data as T;
  throw toApiError(result);
}

/**
 * The promise a resource method returns: awaiting it gives the data or
 * throws a MoniteApiError subclass; `withResponse()` gives the data with the
 * response and request id. The request is sent when the method is called.
 */
export class MonitePromise<T> extends Promise<T> {
  #send: () => Promise<CallResult>;
  #result: Promise<CallResult> | undefined;
  #data: Promise<T> | undefined;

  /**
   * @param send makes the call; called at once, or for lazy promises on first use
   * @param lazy wait for the first `then`/`withResponse` before sending
   */
  constructor(send: () => Promise<CallResult>, lazy = false) {
    // The base promise is never used and never settles: then/catch/finally
    // are redirected to the parsed call, so errors surface only where the
    // caller awaits them.
    super(() => {});
    this.#send = send;
    if (!lazy) this.#result = send();
  }

  // Promise methods that are not overridden (none today) would otherwise
  // build MonitePromises through the species constructor, which expects a
  // different argument. A plain value, inherited by MoniteListPromise.
  static override readonly [Symbol.species] = Promise;

  #call(): Promise<CallResult> {
    this.#result ??= this.#send();
    return this.#result;
  }

  #parsed(): Promise<T> {
    this.#data ??= this.#call().then((result) => dataOf<T>(result));
    return this.#data;
  }

  /** The data with the HTTP response and its request id; throws as awaiting would. */
  withResponse(): Promise<MoniteResponse<T>> {
    return this.#call().then((result) => ({
      data: dataOf<T>(result),
      response: result.response,
      requestId: result.response.headers.get('x-request-id') ?? undefined,
    }));
  }

  // biome-ignore lint/suspicious/noThenProperty: a promise subclass; awaiting it is the point
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parsed().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#parsed().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onfinally);
  }
}

/**
 * What a `list` method returns: `await` it for the first page (as Monite
 * sends it: `data` and `next_pagination_token`), or `for await` over every
 * item across pages. The first page is requested only when awaited;
 * iteration makes its own requests, with the same pagination code and
 * safeguards as `paginate` (repeated tokens, `maxPages`, `limit`).
 */
export class MoniteListPromise<Page, Item> extends MonitePromise<Page> implements AsyncIterable<Item> {
  #pages: () => AsyncIterable<Page>;

  /**
   * @param send requests the first page
   * @param pages iterates the pages from the first
   */
  constructor(send: () => Promise<CallResult>, pages: () => AsyncIterable<Page>) {
    super(send, true);
    this.#pages = pages;
  }

  /** Every page, from the first, for `for await (const page of monite.payables.list().pages())`. */
  pages(): AsyncIterable<Page> {
    return this.#pages();
  }

  /** Every item across pages. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.#pages()) yield* (page as { data: Item[] }).data;
  }
}
