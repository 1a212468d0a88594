/** Reading what a request says in its headers: a forced status, a bearer token. */

/**
 * Reads `Prefer: code=NNN` (as Prism does): the status the caller wants
 * forced, if any. Only real HTTP statuses (100..599) count; anything else is
 * ignored rather than turned into an answer no client could parse.
 */
export function preferredStatus(headers: Headers): number | undefined {
  const prefer = headers.get('prefer');
  const match = prefer ? /(?:^|[,;\s])code=(\d{3})\b/.exec(prefer) : null;
  const status = match ? Number(match[1]) : undefined;
  return status !== undefined && status >= 100 && status <= 599 ? status : undefined;
}

/** The declared body size of a request, when it declares a valid one. */
export function declaredLength(headers: Headers): number | undefined {
  const value = headers.get('content-length');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/** The bearer token of a request, if it sent one. */
export function bearerToken(headers: Headers): string | undefined {
  const header = headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}
