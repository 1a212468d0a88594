// Reads the compact route table that codegen writes for the resource
// methods (src/generated/resource-routes.ts) into a tree of resources.

/** One operation of the route table. */
export interface Route {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  params: string[];
  /** `b`: the argument after the path parameters is the body; `q`: the query; '': none. */
  arg: string;
  list: boolean;
  binary: boolean;
}

/** A resource: its methods and its sub-resources by key. */
export interface RouteNode {
  routes: Route[];
  children: Map<string, RouteNode>;
}

/**
 * A route table (the generated format: `resource.keys name METHOD /path [flags]`,
 * one line each) as a tree of resources. Kept apart from the
 * resource methods so tests can read a table of their own: the real one is
 * parsed once per process.
 */
export function parseRoutes(table: string): RouteNode {
  const root: RouteNode = { routes: [], children: new Map() };
  for (const line of table.trim().split('\n')) {
    // Every line has four fields; the trailing space gives one without flags an empty fifth.
    const [resource, name, method, path, flags] = `${line} `.split(' ') as [
      string,
      string,
      Route['method'],
      string,
      string,
    ];
    let node = root;
    for (const key of resource.split('.')) {
      const child = node.children.get(key) ?? { routes: [], children: new Map() };
      node.children.set(key, child);
      node = child;
    }
    node.routes.push({
      name,
      method,
      path,
      params: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
      arg: flags.includes('b') ? 'b' : flags.includes('q') ? 'q' : '',
      list: flags.includes('l'),
      binary: flags.includes('B'),
    });
  }
  return root;
}
