import { describe, expect, test } from 'vitest';
import { cached, changedHashes, type DryTask, expectedReruns, ids } from './dry-tasks.js';

/** A dry-run task with what the functions read. */
function task(taskId: string, fields: Partial<DryTask> = {}): DryTask {
  return {
    taskId,
    package: taskId.split('#')[0] as string,
    directory: fields.directory ?? 'pkg',
    command: 'run',
    hash: `${taskId}-1`,
    inputs: {},
    dependents: [],
    cache: { status: 'MISS' },
    resolvedTaskDefinition: { cache: true },
    ...fields,
  };
}

describe('dry tasks', () => {
  // spec#bundle -> (no script) types#generate -> types#build -> client#build; docs#test reads README.md.
  const graph = [
    task('spec#bundle', { directory: 'spec', inputs: { 'openapi.yaml': 'h' }, dependents: ['types#generate'] }),
    task('types#generate', { command: '<NONEXISTENT>', directory: 'types', dependents: ['types#build'] }),
    task('types#build', { directory: 'types', dependents: ['client#build'] }),
    task('client#build', { directory: 'client', inputs: { 'src/a.ts': 'h' } }),
    task('docs#test', { directory: '.', inputs: { 'README.md': 'h' }, resolvedTaskDefinition: { cache: false } }),
  ];

  test('a file reruns the tasks that read it and everything downstream, through tasks without a script', () => {
    expect([...expectedReruns(graph, 'spec/openapi.yaml')].sort()).toEqual([
      'client#build',
      'spec#bundle',
      'types#build',
    ]);
    expect([...expectedReruns(graph, 'client/src/a.ts')]).toEqual(['client#build']);
    expect([...expectedReruns(graph, 'README.md')]).toEqual(['docs#test']);
    expect(expectedReruns(graph, 'nothing/reads/this')).toEqual(new Set());
  });

  test('changed hashes name only tasks with a script whose hash moved', () => {
    const after = graph.map((t) =>
      t.taskId === 'types#build' || t.taskId === 'types#generate' ? { ...t, hash: 'moved' } : t,
    );
    expect(changedHashes(graph, after)).toEqual(new Set(['types#build']));
    expect(changedHashes(graph, graph)).toEqual(new Set());
  });

  test('cached tasks leave out uncached ones and ones without a script; ids read sorted', () => {
    expect(ids(cached(graph))).toBe('client#build, spec#bundle, types#build');
    expect(ids([])).toBe('nothing');
  });
});
