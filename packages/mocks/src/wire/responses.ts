/** Building the answers: JSON and empty responses, and the headers every answer carries. */

/** Headers every answer carries besides the request id and version echo. */
export const RATE_LIMIT_HEADERS: Record<string, string> = {
  'RateLimit-Limit': '30',
  'RateLimit-Remaining': '29',
  'RateLimit-Reset': '1',
  'X-RateLimit-Limit-Second': '30',
  'X-RateLimit-Remaining-Second': '29',
};

/** A JSON response with the given status and extra headers. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A response with no body (204, or an empty 200/202). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}
