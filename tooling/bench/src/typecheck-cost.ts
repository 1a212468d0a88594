// Type-check cost of the generated types: `tsc --noEmit --extendedDiagnostics`
// on the same program typed by (a) the walking skeleton's slice of the spec
// (the "before" of the full spec) and (b) the full spec, and on
// examples/quickstart as users compile it. Figures are medians of a few runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { median, printTable, ratio, type Row } from './table.js';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '../../..');
const work = resolve(import.meta.dirname, '../.tmp/typecheck');
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
const RUNS = 3;

/** The operations of the walking skeleton, the spec before it grew to 317. */
const SLICE: Array<[string, string]> = [
  ['/auth/token', 'post'],
  ['/einvoicing_connections', 'get'],
  ['/einvoicing_connections', 'post'],
  ['/einvoicing_connections/{einvoicing_connection_id}', 'get'],
  ['/einvoicing_connections/{einvoicing_connection_id}', 'delete'],
  ['/einvoicing_connections/{einvoicing_connection_id}', 'patch'],
  ['/einvoicing_connections/{einvoicing_connection_id}/network_credentials', 'post'],
  ['/counterparts', 'post'],
  ['/counterparts/{counterpart_id}', 'get'],
  ['/counterparts/{counterpart_id}/contacts', 'post'],
  ['/payable_credit_notes', 'post'],
  ['/payable_credit_notes/{credit_note_id}', 'get'],
  ['/payable_credit_notes/{credit_note_id}/line_items', 'post'],
  ['/financing_invoices', 'post'],
];

type Spec = { paths: Record<string, Record<string, unknown>>; components: Record<string, Record<string, unknown>> };

/** Keeps the slice's operations and only the components they reach. */
function sliceOf(spec: Spec): Spec {
  const paths: Spec['paths'] = {};
  for (const [path, method] of SLICE) {
    paths[path] ??= {};
    paths[path][method] = spec.paths[path]![method];
  }
  const keep = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && !keep.has(value)) {
        keep.add(value);
        const [, , kind, name] = value.split('/');
        visit(spec.components[kind!]![name!]);
      } else visit(value);
    }
  };
  visit(paths);
  const components: Spec['components'] = {};
  for (const [kind, entries] of Object.entries(spec.components)) {
    components[kind] = Object.fromEntries(
      Object.entries(entries).filter(
        ([name]) => keep.has(`#/components/${kind}/${name}`) || kind === 'securitySchemes',
      ),
    );
  }
  return { ...spec, paths, components };
}

/** A program making the quickstart's calls with bare openapi-fetch. */
const PROGRAM = `
import createClient from 'openapi-fetch';
import type { paths } from './paths.js';
const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:4010' });
const header = { 'x-monite-version': '2024-05-25', 'x-monite-entity-id': 'e' };
export async function flows() {
  await client.POST('/auth/token', { params: { header: { 'x-monite-version': '2024-05-25' } }, body: { grant_type: 'client_credentials', client_id: 'c', client_secret: 's' } });
  const cp = await client.POST('/counterparts', { params: { header }, body: { type: 'organization', organization: { legal_name: 'A', is_vendor: true, is_customer: false, address: { line1: 'l', city: 'c', postal_code: 'p', country: 'DE' } } } });
  await client.POST('/counterparts/{counterpart_id}/contacts', { params: { header, path: { counterpart_id: cp.data!.id } }, body: { first_name: 'M', last_name: 'O', address: { line1: 'l', city: 'c', postal_code: 'p', country: 'DE' } } });
  const ec = await client.POST('/einvoicing_connections', { params: { header }, body: { address: { address_line1: 'a', city: 'c', postal_code: 'p', country: 'NL' } } });
  await client.POST('/einvoicing_connections/{einvoicing_connection_id}/network_credentials', { params: { header, path: { einvoicing_connection_id: ec.data!.id } }, body: { network_credentials_schema: 'NL:KVK', network_credentials_identifier: '1' } });
  await client.GET('/einvoicing_connections/{einvoicing_connection_id}', { params: { header, path: { einvoicing_connection_id: ec.data!.id } } });
  const cn = await client.POST('/payable_credit_notes', { params: { header }, body: { document_id: 'd', issued_at: '2024-06-01' } });
  await client.POST('/payable_credit_notes/{credit_note_id}/line_items', { params: { header, path: { credit_note_id: cn.data!.id } }, body: { name: 'n', quantity: 1, unit_price: 1 } });
  await client.POST('/financing_invoices', { params: { header }, body: { invoices: [{ id: 'i', type: 'payable' }] } });
}
`;

interface Diagnostics {
  errors: number;
  seconds: number;
  instantiations: number;
  types: number;
  memoryMb: number;
}

/** Runs tsc with extended diagnostics and reads its figures. */
function diagnose(project: string): Diagnostics {
  // tsc exits non-zero on type errors but still prints its figures; the
  // errors are counted so a broken program is visible in the table.
  const out = spawnSync(process.execPath, [tsc, '--noEmit', '--extendedDiagnostics', '-p', project], {
    encoding: 'utf8',
  }).stdout;
  const figure = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1] ?? NaN);
  return {
    errors: (out.match(/error TS\d+/g) ?? []).length,
    seconds: figure('Total time'),
    instantiations: figure('Instantiations'),
    types: figure('Types'),
    memoryMb: figure('Memory used') / 1024,
  };
}

/** Medians of several tsc runs (instantiations do not vary; time does). */
function measure(project: string): Diagnostics {
  const runs = Array.from({ length: RUNS }, () => diagnose(project));
  return {
    errors: runs[0]!.errors,
    seconds: median(runs.map((r) => r.seconds)),
    instantiations: runs[0]!.instantiations,
    types: runs[0]!.types,
    memoryMb: median(runs.map((r) => r.memoryMb)),
  };
}

async function writeProject(name: string, spec: Spec): Promise<string> {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const ast = await openapiTS(structuredClone(spec) as never, { defaultNonNullable: false });
  writeFileSync(join(dir, 'paths.ts'), astToString(ast));
  writeFileSync(join(dir, 'program.ts'), PROGRAM);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../tsconfig.json',
      compilerOptions: { noEmit: true, skipLibCheck: true },
      include: ['*.ts'],
    }),
  );
  return join(dir, 'tsconfig.json');
}

/** Measures and prints the type-check cost table. */
export async function run(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  const spec = JSON.parse(readFileSync(join(root, 'spec/dist/openapi.json'), 'utf8')) as Spec;
  const slice = measure(await writeProject('slice', sliceOf(spec)));
  const full = measure(await writeProject('full', spec));
  const quickstart = measure(join(root, 'examples/quickstart/tsconfig.json'));
  const row = (label: string, d: Diagnostics): Row => ({
    program: label,
    'tsc s (median)': d.seconds,
    instantiations: d.instantiations,
    types: d.types,
    'memory MB': Math.round(d.memoryMb),
    'time vs slice': ratio(d.seconds, slice.seconds),
    'inst. vs slice': ratio(d.instantiations, slice.instantiations),
    'type errors': d.errors,
  });
  printTable(`Type-check cost (tsc --noEmit, median of ${RUNS})`, [
    row(`quickstart calls, slice spec (${SLICE.length} ops, before)`, slice),
    row(
      `quickstart calls, full spec (${Object.values(spec.paths).reduce((n, p) => n + Object.keys(p).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).length, 0)} ops, after)`,
      full,
    ),
    row('examples/quickstart with @monite-ts/client', quickstart),
  ]);
  rmSync(work, { recursive: true, force: true });
}
