// Keeps a Request reachable while its fetch is in flight. A Request's signal
// follows the signal it was built with only as long as the Request itself
// lives: undici links the two through a weak reference. When the caller drops
// the Request after handing it to fetch (fetch copies it), a garbage
// collection can cut the link, and an abort (a deadline, a caller giving up)
// then never reaches the fetch: it keeps its socket and never settles. Seen on
// Node 24 under load, where a token exchange past its deadline hung the client.
const inFlight = new Set<Request>();

/** Sends `request` with `fetch`, keeping it (and so its abort link) alive until the fetch settles. */
export async function fetchHeld(fetch: (request: Request) => Promise<Response>, request: Request): Promise<Response> {
  inFlight.add(request);
  try {
    return await fetch(request);
  } finally {
    inFlight.delete(request);
  }
}
