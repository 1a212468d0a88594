// The React layer's figures: the size of @monite-ts/react-query's own code
// (min+gzip, its peers external), the JavaScript of examples/web as Vite
// builds it (the app apart from the local Monite it loads for the demo), and
// the type-check cost of five hook calls against the same five operations
// as client path calls, measured in the same run.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { printTable, ratio, type Row } from './table.js';
import { measure } from './tsc-diagnostics.js';

const root = resolve(import.meta.dirname, '../../..');
const work = resolve(import.meta.dirname, '../.tmp/react-query');
const PEERS = ['@monite-ts/client', '@tanstack/react-query', 'react', 'react-dom'];

function sizes(code: Uint8Array): { 'min bytes': number; 'min+gzip bytes': number } {
  return { 'min bytes': code.byteLength, 'min+gzip bytes': gzipSync(code, { level: 9 }).byteLength };
}

async function bundle(contents: string, external: string[]): Promise<Uint8Array> {
  const result = await build({
    stdin: { contents, resolveDir: join(root, 'packages/react-query'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

/** The hooks package, its peers external: with and without openapi-react-query (its one runtime dependency). */
async function packageSizes(): Promise<Row[]> {
  const everything = "export * from '@monite-ts/react-query';";
  return [
    {
      bundle: '@monite-ts/react-query, everything it exports (peers external, openapi-react-query included)',
      ...sizes(await bundle(everything, PEERS)),
    },
    {
      bundle: '@monite-ts/react-query own code (openapi-react-query external too)',
      ...sizes(await bundle(everything, [...PEERS, 'openapi-react-query'])),
    },
    {
      bundle: '  of which the generated invalidation table',
      ...sizes(await bundle("export { STALE_QUERIES } from './src/generated/stale-queries.ts';", [])),
    },
  ];
}

/** The part of Vite's API the bench calls. */
interface ViteModule {
  build(config: {
    root: string;
    logLevel: 'silent';
    build: { outDir: string; emptyOutDir: boolean };
  }): Promise<unknown>;
}

/** examples/web built by Vite: the app's chunk(s) and the local Monite's, raw and gzipped. */
async function exampleSizes(): Promise<Row[]> {
  // The example's own Vite (the bench does not depend on Vite itself).
  const viteEntry = createRequire(join(root, 'examples/web/package.json')).resolve('vite');
  const { build: viteBuild } = (await import(pathToFileURL(viteEntry).href)) as ViteModule;
  const outDir = mkdtempSync(join(tmpdir(), 'monite-web-bench-'));
  try {
    await viteBuild({ root: join(root, 'examples/web'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const assets = join(outDir, 'assets');
    const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const total = (files: string[]) => {
      const code = Buffer.concat(files.map((f) => readFileSync(join(assets, f))));
      return sizes(code);
    };
    const local = chunks.filter((f) => f.startsWith('local-monite'));
    const app = chunks.filter((f) => !local.includes(f));
    return [
      { 'examples/web (vite build)': 'the app: React, TanStack Query, client, hooks, components', ...total(app) },
      { 'examples/web (vite build)': 'the local Monite chunk (demo only: mocks, msw, schemas)', ...total(local) },
    ];
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const SETUP = `import { createMoniteClient, unwrap } from '@monite-ts/client';
import { createMoniteQuery } from '@monite-ts/react-query';
const monite = createMoniteClient({ baseUrl: 'http://127.0.0.1:4010', auth: { token: 't' } });
const $api = createMoniteQuery(monite);
const address = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' } as const;`;

/** The client README's five operations, as hooks and as path calls. */
const FIVE = {
  'five hook calls (@monite-ts/react-query)': `
export function useFlows(payableId: string, counterpartId: string, contactId: string) {
  $api.useMutation('post', '/counterparts').mutate({ body: { type: 'organization', organization: { legal_name: 'Acme GmbH', is_vendor: true, is_customer: false, address } } });
  $api.useMutation('post', '/counterparts/{counterpart_id}/contacts').mutate({ params: { path: { counterpart_id: counterpartId } }, body: { first_name: 'Mary', last_name: "O'Brien", address } });
  const contact = $api.useQuery('get', '/counterparts/{counterpart_id}/contacts/{contact_id}', { params: { path: { counterpart_id: counterpartId, contact_id: contactId } } });
  const payables = $api.useQuery('get', '/payables', { params: { query: { status: 'new', limit: 20 } } });
  $api.useMutation('post', '/payables/{payable_id}/approve_payment_operation').mutate({ params: { path: { payable_id: payableId } } });
  return [contact.data?.id, payables.data?.data.length];
}`,
  'five path calls (@monite-ts/client, unwrap)': `
export async function flows(payableId: string) {
  const counterpart = await unwrap(monite.POST('/counterparts', { body: { type: 'organization', organization: { legal_name: 'Acme GmbH', is_vendor: true, is_customer: false, address } } }));
  const contact = await unwrap(monite.POST('/counterparts/{counterpart_id}/contacts', { params: { path: { counterpart_id: counterpart.id } }, body: { first_name: 'Mary', last_name: "O'Brien", address } }));
  await unwrap(monite.GET('/counterparts/{counterpart_id}/contacts/{contact_id}', { params: { path: { counterpart_id: counterpart.id, contact_id: contact.id } } }));
  await unwrap(monite.GET('/payables', { params: { query: { status: 'new', limit: 20 } } }));
  await unwrap(monite.POST('/payables/{payable_id}/approve_payment_operation', { params: { path: { payable_id: payableId } } }));
}`,
} as const;

function project(name: string, program: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'program.ts'), program);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../tsconfig.json',
      compilerOptions: { noEmit: true, skipLibCheck: true },
      include: ['program.ts'],
    }),
  );
  return join(dir, 'tsconfig.json');
}

/** Instantiations of the calls alone (program minus the shared set-up), hooks against path calls. */
function typeCost(): Row[] {
  const baseline = measure(project('setup', `${SETUP}\nexport { $api, address, unwrap };\n`));
  const figures = Object.entries(FIVE).map(([label, calls], i) => {
    const d = measure(project(`calls-${i}`, `${SETUP}\n${calls}\n`));
    return {
      label,
      errors: d.errors,
      instantiations: d.instantiations - baseline.instantiations,
      check: d.checkSeconds - baseline.checkSeconds,
    };
  });
  const paths = figures.at(-1)!;
  return figures.map((f) => ({
    'five calls': f.label,
    'instantiations (calls)': f.instantiations,
    'vs path calls': ratio(f.instantiations, paths.instantiations),
    'check s (calls, median)': f.check,
    'type errors': f.errors,
  }));
}

/** Measures and prints the React layer's tables. */
export async function run(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  printTable('@monite-ts/react-query bundle size (esbuild, minified, browser)', await packageSizes());
  printTable('examples/web JavaScript (vite build, all chunks of each part)', await exampleSizes());
  printTable(
    'Type-check cost: five hook calls against the same five operations as client path calls (tsc --extendedDiagnostics, skipLibCheck; program minus its set-up)',
    typeCost(),
  );
  rmSync(work, { recursive: true, force: true });
}
