/** Reading what a request says in its headers: a forced status, a bearer token. */

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
