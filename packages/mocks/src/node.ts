/**
 * `@monite-ts/mocks/node`: the in-memory Monite behind a real HTTP server
 * (what `monite-mock` runs). Node only; the main entry stays browser-safe.
 */
export { startMockServer } from './server/node-server.js';
export type { MockServer, MockServerOptions } from './server/node-server.js';
export type { CreateMoniteOptions, MoniteMock } from './create-monite.js';
export { startMockProcess } from './testing/mock-process.js';
export type { MockProcess, MockProcessOptions } from './testing/mock-process.js';
export { StateFileError } from './persistence/state-file.js';
