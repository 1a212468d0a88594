/** Splits a path into its non-empty segments. */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/** True for a template segment such as `{counterpart_id}`. */
export function isParamSegment(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

/** Fills a path template with parameter values (`/counterparts/{counterpart_id}` -> `/counterparts/3f...`). */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
}

/**
 * The stored items a path depends on, outermost first: for
 * `/counterparts/{counterpart_id}/contacts/{contact_id}` the counterpart
 * (collection `/counterparts`) then the contact.
 */
export function itemChain(template: string): { collection: string; param: string }[] {
  const segments = segmentsOf(template);
  const chain: { collection: string; param: string }[] = [];
  segments.forEach((segment, index) => {
    if (index > 0 && isParamSegment(segment)) {
      chain.push({ collection: `/${segments.slice(0, index).join('/')}`, param: segment.slice(1, -1) });
    }
  });
  return chain;
}

/** A regular expression matching a template's concrete paths, with or without the `/v1` server prefix. */
export function pathPattern(template: string): string {
  const body = segmentsOf(template)
    .map((segment) => (isParamSegment(segment) ? '([^/]+)' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return `(?:/v1)?/${body}/?`;
}

/** The names of a template's parameters, in order. */
export function paramNames(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
}
