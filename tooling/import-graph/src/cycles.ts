/**
 * Import cycles. A module in a cycle is evaluated before one of the modules
 * it imports has finished, so what it sees depends on which module the
 * program loaded first; the project allows none.
 */

/**
 * The cycles of a graph of modules, each as the path around it, closed:
 * `['a', 'b', 'c', 'a']`. A depth-first walk reports the cycle that each edge
 * back into the walk's own path closes. A graph has a cycle exactly when the
 * walk meets such an edge, so an empty list means no cycle at all; each edge
 * is met once, so no cycle is reported twice. A tangle can hold more cycles
 * than are listed (their number can grow exponentially): one that shares its
 * closing edge with a listed cycle shows up once that one is broken.
 *
 * Deterministic: modules and their imports are walked in sorted order, each
 * cycle starts at its smallest module, and the list is sorted.
 * @param edges each module and the modules it imports; a module that is no key imports nothing
 * @example findCycles(new Map([['a', ['b']], ['b', ['a']]])) // [['a', 'b', 'a']]
 */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const found = new Map<string, string[]>();
  const next = (module: string) => [...new Set(edges.get(module) ?? [])].sort();

  const visit = (module: string): void => {
    state.set(module, 'open');
    path.push(module);
    for (const target of next(module)) {
      const seen = state.get(target);
      if (seen === 'open') {
        const cycle = fromSmallest(path.slice(path.lastIndexOf(target)));
        found.set(cycle.join('\0'), cycle);
      } else if (seen === undefined) {
        visit(target);
      }
    }
    path.pop();
    state.set(module, 'done');
  };
  for (const module of [...edges.keys()].sort()) if (!state.has(module)) visit(module);

  return [...found.values()].sort(compareLists);
}

/** A cycle's modules (each once) rotated to start at the smallest, and closed: `['b', 'a']` → `['a', 'b', 'a']`. */
function fromSmallest(modules: readonly string[]): string[] {
  const smallest = modules.reduce((min, module, index) => (module < modules[min]! ? index : min), 0);
  const rotated = [...modules.slice(smallest), ...modules.slice(0, smallest)];
  return [...rotated, rotated[0]!];
}

/** Orders lists element by element, a prefix first. */
function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}
