// Type-check cost of the generated types: `tsc --noEmit --extendedDiagnostics`
// on the same program typed by (a) the walking skeleton's slice of the spec
// (the "before" of the full spec) and (b) the full spec, in two forms:
// openapi-typescript's own (schemas as property types of `components`) and
// @monite-ts/types' (every schema a named type, so it prints by name); and on
// examples/quickstart as users compile it. Then five documented calls made
// three ways (resource methods, path calls, bare openapi-fetch, the last in
// both forms), each counted as the program with the calls minus the same
// program without them. Figures are medians of a few runs.
import { openapiDeclarations, printDeclarations } from '@monite-ts/codegen/src/lib.mjs';
import { renderTypes } from '@monite-ts/codegen/src/types-output.mjs';
import { lookUp } from '@monite-ts/openapi-model';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printTable, ratio, type Row } from './table.js';
import { type Diagnostics, measure, RUNS } from './tsc-diagnostics.js';

const root = resolve(import.meta.dirname, '../../..');
const work = resolve(import.meta.dirname, '../.tmp/typecheck');

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
        visit(lookUp(spec, value));
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

/**
 * The types of a spec in each form, with the project's openapi-typescript
 * settings: `unnamed` is openapi-typescript's output as it is (what the types
 * package shipped before its schemas were named), `named` what it ships now.
 */
async function typesOf(spec: Spec): Promise<{ unnamed: string; named: string }> {
  const unnamed = printDeclarations(await openapiDeclarations(spec));
  const named = (await renderTypes(spec)).files['schema.ts'];
  if (named === undefined) throw new Error('renderTypes no longer writes schema.ts');
  return { unnamed, named };
}

function writeProject(name: string, pathsSource: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'paths.ts'), pathsSource);
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

const ADDRESS =
  "const address = { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' } as const;";

/**
 * Five documented calls (the client README's): create a counterpart, add a
 * contact, read it back, list new payables, approve a payable's payment.
 * Each style: its set-up, then the calls; the set-up alone is the baseline.
 */
const FIVE_CALLS = {
  'resource methods': {
    setup: `import { createMoniteClient } from '@monite-ts/client';
import { withResources } from '@monite-ts/client/resources';
const monite = withResources(createMoniteClient({ baseUrl: 'http://127.0.0.1:4010', auth: { token: 't' } }));
${ADDRESS}`,
    calls: `
  const counterpart = await monite.counterparts.create({ type: 'organization', organization: { legal_name: 'Acme GmbH', is_vendor: true, is_customer: false, address } });
  const contact = await monite.counterparts.contacts.create(counterpart.id, { first_name: 'Mary', last_name: "O'Brien", address });
  await monite.counterparts.contacts.retrieve(counterpart.id, contact.id);
  await monite.payables.list({ status: 'new', limit: 20 });
  await monite.payables.approvePaymentOperation(payableId);`,
  },
  'path calls (@monite-ts/client, unwrap)': {
    setup: `import { createMoniteClient, unwrap } from '@monite-ts/client';
const monite = createMoniteClient({ baseUrl: 'http://127.0.0.1:4010', auth: { token: 't' } });
${ADDRESS}`,
    calls: `
  const counterpart = await unwrap(monite.POST('/counterparts', { body: { type: 'organization', organization: { legal_name: 'Acme GmbH', is_vendor: true, is_customer: false, address } } }));
  const contact = await unwrap(monite.POST('/counterparts/{counterpart_id}/contacts', { params: { path: { counterpart_id: counterpart.id } }, body: { first_name: 'Mary', last_name: "O'Brien", address } }));
  await unwrap(monite.GET('/counterparts/{counterpart_id}/contacts/{contact_id}', { params: { path: { counterpart_id: counterpart.id, contact_id: contact.id } } }));
  await unwrap(monite.GET('/payables', { params: { query: { status: 'new', limit: 20 } } }));
  await unwrap(monite.POST('/payables/{payable_id}/approve_payment_operation', { params: { path: { payable_id: payableId } } }));`,
  },
  'bare openapi-fetch (baseline)': {
    setup: `import createClient from 'openapi-fetch';
import type { paths } from './paths.js';
const client = createClient<paths>({ baseUrl: 'http://127.0.0.1:4010' });
const header = { 'x-monite-version': '2024-05-25', 'x-monite-entity-id': 'e' };
${ADDRESS}`,
    calls: `
  const counterpart = await client.POST('/counterparts', { params: { header }, body: { type: 'organization', organization: { legal_name: 'Acme GmbH', is_vendor: true, is_customer: false, address } } });
  const contact = await client.POST('/counterparts/{counterpart_id}/contacts', { params: { header, path: { counterpart_id: counterpart.data!.id } }, body: { first_name: 'Mary', last_name: "O'Brien", address } });
  await client.GET('/counterparts/{counterpart_id}/contacts/{contact_id}', { params: { header, path: { counterpart_id: counterpart.data!.id, contact_id: contact.data!.id } } });
  await client.GET('/payables', { params: { header, query: { status: 'new', limit: 20 } } });
  await client.POST('/payables/{payable_id}/approve_payment_operation', { params: { header, path: { payable_id: payableId } } });`,
  },
} as const;

/** Writes one style's program, with or without its calls; bare openapi-fetch gets the spec's paths. */
function writeCallsProject(
  name: string,
  style: keyof typeof FIVE_CALLS,
  withCalls: boolean,
  pathsSource: string,
): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const { setup, calls } = FIVE_CALLS[style];
  writeFileSync(join(dir, 'paths.ts'), pathsSource);
  writeFileSync(
    join(dir, 'program.ts'),
    withCalls
      ? `${setup}\nexport async function flows(payableId: string) {${calls}\n}\n`
      : `${setup}\nexport { address };\n`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../tsconfig.json',
      compilerOptions: { noEmit: true, skipLibCheck: true },
      include: [style.startsWith('bare') ? '*.ts' : 'program.ts'],
    }),
  );
  return join(dir, 'tsconfig.json');
}

/**
 * The five calls in each style: instantiations and check time of the calls
 * alone, and ratios to bare openapi-fetch over the named types. Bare
 * openapi-fetch is measured over both forms, so the cost of naming the
 * schemas is read off one run.
 */
function measureFiveCalls(types: { unnamed: string; named: string }): Row[] {
  const styles = Object.keys(FIVE_CALLS) as Array<keyof typeof FIVE_CALLS>;
  const runs = [
    ...styles.map((style) => ({ style, label: style as string, pathsSource: types.named })),
    {
      style: 'bare openapi-fetch (baseline)' as const,
      label: "bare openapi-fetch, openapi-typescript's unnamed form (before)",
      pathsSource: types.unnamed,
    },
  ];
  const figures = runs.map(({ style, label, pathsSource }, i) => {
    const withCalls = measure(writeCallsProject(`calls-${i}`, style, true, pathsSource));
    const without = measure(writeCallsProject(`setup-${i}`, style, false, pathsSource));
    return {
      style: label,
      errors: withCalls.errors,
      instantiations: withCalls.instantiations - without.instantiations,
      checkSeconds: withCalls.checkSeconds - without.checkSeconds,
      total: withCalls.instantiations,
    };
  });
  const bare = figures[styles.length - 1]!;
  return figures.map((f) => ({
    'five calls': f.style,
    'instantiations (calls)': f.instantiations,
    'vs bare openapi-fetch': ratio(f.instantiations, bare.instantiations),
    'check s (calls, median)': f.checkSeconds,
    'check vs bare': ratio(f.checkSeconds, bare.checkSeconds),
    'instantiations (program)': f.total,
    'type errors': f.errors,
  }));
}

/** Measures and prints the type-check cost table. */
export async function run(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  const spec = JSON.parse(readFileSync(join(root, 'spec/dist/openapi.json'), 'utf8')) as Spec;
  const sliceTypes = await typesOf(sliceOf(spec));
  const fullTypes = await typesOf(spec);
  const slice = measure(writeProject('slice', sliceTypes.unnamed));
  const full = measure(writeProject('full', fullTypes.unnamed));
  const fullNamed = measure(writeProject('full-named', fullTypes.named));
  const quickstart = measure(join(root, 'examples/quickstart/tsconfig.json'));
  const operationCount = Object.values(spec.paths).reduce(
    (n, p) => n + Object.keys(p).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).length,
    0,
  );
  const row = (label: string, d: Diagnostics): Row => ({
    program: label,
    'tsc s (median)': d.seconds,
    instantiations: d.instantiations,
    types: d.types,
    'memory MB': Math.round(d.memoryMb),
    'time vs slice': ratio(d.seconds, slice.seconds),
    'inst. vs slice': ratio(d.instantiations, slice.instantiations),
    'inst. vs unnamed full': ratio(d.instantiations, full.instantiations),
    'type errors': d.errors,
  });
  printTable(`Type-check cost (tsc --noEmit, median of ${RUNS})`, [
    row(`quickstart calls, slice spec (${SLICE.length} ops, before)`, slice),
    row(`quickstart calls, full spec (${operationCount} ops), openapi-typescript's unnamed schemas`, full),
    row(`quickstart calls, full spec (${operationCount} ops), named schemas (@monite-ts/types)`, fullNamed),
    row('examples/quickstart with @monite-ts/client', quickstart),
  ]);
  printTable(
    `Type-check cost of five documented calls (tsc --extendedDiagnostics, skipLibCheck; program minus its set-up, median of ${RUNS})`,
    measureFiveCalls(fullTypes),
  );
  rmSync(work, { recursive: true, force: true });
}
