/**
 * `@monite-ts/mocks/vitest`: a vitest global setup that starts `monite-mock`
 * out of process on a free port for the whole run and hands the tests its
 * URL (`moniteMockUrl()`, or `inject('moniteMockUrl')`). In `vitest.config.ts`:
 * `test: { globalSetup: ['@monite-ts/mocks/vitest'] }`; flags go in
 * `MONITE_MOCK_ARGS` (`--config monite-mock.json`), or write your own setup
 * file with `createGlobalSetup({ args })`.
 */
import { inject } from 'vitest';
import { type MockProcessOptions, startMockProcess } from './mock-process.js';

declare module 'vitest' {
  /** What the global setup provides to the tests. */
  export interface ProvidedContext {
    /** The base URL of the `monite-mock` the global setup started. */
    moniteMockUrl: string;
  }
}

/** The part of vitest's `TestProject` a global setup uses. */
export interface ProvidingProject {
  provide(key: 'moniteMockUrl', value: string): void;
}

/**
 * A global setup that starts `monite-mock` with these options; the teardown
 * it returns stops it.
 * @example
 * // mock-setup.ts, named in globalSetup
 * export const setup = createGlobalSetup({ args: ['--config', 'monite-mock.json'] });
 */
export function createGlobalSetup(
  options: MockProcessOptions = {},
): (project: ProvidingProject) => Promise<() => Promise<void>> {
  return async (project) => {
    const mock = await startMockProcess(options);
    project.provide('moniteMockUrl', mock.url);
    return () => mock.stop();
  };
}

/** Splits `MONITE_MOCK_ARGS` on spaces (quotes are not interpreted). */
function argsFromEnv(): string[] {
  return (process.env.MONITE_MOCK_ARGS ?? '').split(' ').filter(Boolean);
}

/** The global setup vitest calls: `monite-mock` with the flags in `MONITE_MOCK_ARGS`. */
export function setup(project: ProvidingProject): Promise<() => Promise<void>> {
  return createGlobalSetup({ args: argsFromEnv() })(project);
}

/** In a test: the URL of the `monite-mock` the global setup started (`http://127.0.0.1:<port>`). */
export function moniteMockUrl(): string {
  return inject('moniteMockUrl');
}

export type { MockProcess, MockProcessOptions } from './mock-process.js';
export { startMockProcess } from './mock-process.js';
