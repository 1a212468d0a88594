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

/** Monite's error body, `{"error": {"message", "type"?}}`, used for every status but 422. */
export function errorBody(message: string, type?: string): { error: { message: string; type?: string } } {
  return { error: type ? { type, message } : { message } };
}

/** A response with no body (204, or an empty 200/202). */
export function emptyResponse(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

/** Reads `Prefer: code=NNN` (as Prism does): the status the caller wants forced, if any. */
export function preferredStatus(headers: Headers): number | undefined {
  const prefer = headers.get('prefer');
  const match = prefer ? /(?:^|[,;\s])code=(\d{3})\b/.exec(prefer) : null;
  return match ? Number(match[1]) : undefined;
}

/** The bearer token of a request, if it sent one. */
export function bearerToken(headers: Headers): string | undefined {
  const header = headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}
