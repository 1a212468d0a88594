// How one line of the route table becomes a method: the real table is parsed
// once per process, so these read small tables of their own.
import { describe, expect, it } from 'vitest';
import { parseRoutes, type RouteNode } from './route-table.js';

/** The node at a dotted resource path. */
function at(root: RouteNode, resource: string): RouteNode {
  return resource.split('.').reduce((node, key) => node.children.get(key)!, root);
}

describe('parseRoutes', () => {
  it('reads each field of a line, the flags included', () => {
    const root = parseRoutes(`
things list GET /things ql
things create POST /things b
things.parts retrieve GET /things/{thing_id}/parts/{part_id}
things preview GET /things/{thing_id}/preview B
`);
    expect([...root.children.keys()]).toEqual(['things']);
    expect(root.routes).toEqual([]);
    expect(at(root, 'things').routes).toEqual([
      { name: 'list', method: 'GET', path: '/things', params: [], arg: 'q', list: true, binary: false },
      { name: 'create', method: 'POST', path: '/things', params: [], arg: 'b', list: false, binary: false },
      {
        name: 'preview',
        method: 'GET',
        path: '/things/{thing_id}/preview',
        params: ['thing_id'],
        arg: '',
        list: false,
        binary: true,
      },
    ]);
    expect([...at(root, 'things').children.keys()]).toEqual(['parts']);
    expect(at(root, 'things.parts')).toEqual({
      routes: [
        {
          name: 'retrieve',
          method: 'GET',
          path: '/things/{thing_id}/parts/{part_id}',
          params: ['thing_id', 'part_id'],
          arg: '',
          list: false,
          binary: false,
        },
      ],
      children: new Map(),
    });
  });

  it('shares one node between the lines of a resource, however deep', () => {
    const root = parseRoutes('a.b.c one GET /one\na.b two DELETE /two\na.b.c three PUT /three b');
    expect([...root.children.keys()]).toEqual(['a']);
    expect(at(root, 'a').routes).toEqual([]);
    expect(at(root, 'a.b').routes.map((r) => [r.name, r.method])).toEqual([['two', 'DELETE']]);
    expect(at(root, 'a.b.c').routes.map((r) => [r.name, r.method, r.arg])).toEqual([
      ['one', 'GET', ''],
      ['three', 'PUT', 'b'],
    ]);
  });

  it('reads a line without flags as a method without argument, list or binary answer', () => {
    const [route] = parseRoutes('x get GET /x').children.get('x')!.routes;
    expect(route).toEqual({ name: 'get', method: 'GET', path: '/x', params: [], arg: '', list: false, binary: false });
  });
});
