// Path parameters. A value is one path segment and nothing else: `..` would
// make the URL parser climb a level (DELETE .../contacts/.. deletes the
// counterpart), `.` or an empty value would turn a get-one into the list, and
// `/`, `?` or `#` would start another segment, the query or the fragment.
// Values are refused before any request is built; openapi-fetch's default
// path serializer then writes each accepted value as one percent-encoded
// segment (encodeURIComponent, which leaves no `/`, `?`, `#` or `%` as is).

const PLACEHOLDER = /\{([^{}]+)\}/g;
// Segments the URL parser (WHATWG) treats as "here" or "up"; it also reads
// `%2e` as a dot, so decoded forms are checked as well.
const DOT_SEGMENTS = new Set(['', '.', '..']);

/**
 * Checks the path parameters of a call against its path template: every
 * placeholder has a value, and no value is empty, `.`, `..`, or decodes to one
 * of those.
 * @throws TypeError naming the parameter
 */
export function checkPathParams(template: string, pathParams: unknown): void {
  let names = namesByTemplate.get(template);
  if (names === undefined) {
    names = Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!);
    namesByTemplate.set(template, names);
  }
  const values = (typeof pathParams === 'object' && pathParams !== null ? pathParams : {}) as Record<string, unknown>;
  for (const name of names) checkSegment(name, values[name]);
}

// A call's template is one of Monite's paths: the placeholders of each are
// read once, not on every call.
const namesByTemplate = new Map<string, string[]>();

function checkSegment(name: string, value: unknown): void {
  const text = textOf(name, value);
  if (isDotSegment(text))
    throw new TypeError(
      `path parameter ${name} must not be empty, '.' or '..' (nor encode one): the request would address another resource`,
    );
  try {
    encodeURIComponent(text);
  } catch {
    // A lone surrogate has no UTF-8 form; sending a replacement character would name another resource.
    throw new TypeError(`path parameter ${name} is not well-formed Unicode`);
  }
}

/** A path value as text: strings as they are, finite numbers and bigints written out. */
function textOf(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  // Number.isFinite (unlike the global isFinite) is true for finite numbers only, never for a numeric string.
  if (Number.isFinite(value) || typeof value === 'bigint') return String(value);
  if (value === undefined || value === null) throw new TypeError(`path parameter ${name} is missing`);
  throw new TypeError(`path parameter ${name} must be a string or a number`);
}

function isDotSegment(text: string): boolean {
  let current = text;
  // Four rounds cover values encoded more than once (`%252e`), in case a
  // proxy decodes again. Dot segments decode to themselves, so one check of
  // the last value is enough.
  try {
    for (let round = 0; round < 4; round++) current = decodeURIComponent(current);
  } catch {
    // A stray '%' ends the decoding; what was decoded so far is no dot segment.
  }
  return DOT_SEGMENTS.has(current);
}
