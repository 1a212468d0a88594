// Client overhead: the per-call time and calls per second of (a) raw fetch,
// (b) bare openapi-fetch, (c) a @monite-ts/client path call (a static token
// and the default retries armed, no timeout) and (d) the same call as a
// resource method against one local node:http server in one run, as ratios
// against raw fetch and against bare openapi-fetch (the client's target: at
// least 0.95 of its calls per second over HTTP); and the minified+gzipped size of the client's main entry (its
// browser build, which bundlers pick for browser targets, and the Node/edge
// build) and of its resource layer, bundled by esbuild. Figures are printed,
// never asserted: they depend on the machine.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createMoniteClient } from '@monite-ts/client';
import { withResources } from '@monite-ts/client/resources';
import { build } from 'esbuild';
import createClient from 'openapi-fetch';
import { median, printTable, ratio, type Row } from './table.js';

const WARMUP_CALLS = 300;
const ROUNDS = 15;
const CALLS_PER_ROUND = 200;
// In-memory rounds are cheap; more of them make the CPU-only figures steady.
const MEMORY_ROUNDS = 15;
const MEMORY_CALLS_PER_ROUND = 2_000;

const ENTITY_ID = '11111111-1111-4111-8111-111111111111';
const COUNTERPART_ID = '22222222-2222-4222-8222-222222222222';
const TOKEN = 'bench-token';
const VERSION = '2024-05-25';

// A counterpart as Monite returns it, so JSON parsing costs what it costs in real use.
const BODY = JSON.stringify({
  id: COUNTERPART_ID,
  type: 'organization',
  created_at: '2024-05-25T08:00:00Z',
  updated_at: '2024-05-25T08:00:00Z',
  created_automatically: false,
  default_billing_address_id: null,
  language: 'de',
  reminders_enabled: true,
  organization: {
    legal_name: 'Acme GmbH',
    is_vendor: true,
    is_customer: false,
    email: 'finance@acme.test',
    phone: '+49301234567',
    address: {
      country: 'DE',
      city: 'Berlin',
      postal_code: '10115',
      line1: 'Unter den Linden 1',
      line2: null,
      state: null,
    },
  },
  tax_id: null,
});

function startServer(): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    // Drain the request so keep-alive connections are reused, as with a real API.
    request.resume();
    request.on('end', () => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'x-request-id': 'bench',
        'content-length': Buffer.byteLength(BODY),
      });
      response.end(BODY);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  });
}

type Scenario = { name: string; call: () => Promise<unknown> };

/**
 * The three variants, all sending the same headers and parsing the same JSON.
 * `transport` replaces the network for the in-memory measurement.
 */
function scenarios(baseUrl: string, transport?: (request: Request) => Promise<Response>): Scenario[] {
  const send = transport ?? ((request: Request) => fetch(request));
  const headers = { authorization: `Bearer ${TOKEN}`, 'x-monite-version': VERSION, 'x-monite-entity-id': ENTITY_ID };
  const url = `${baseUrl}/counterparts/${COUNTERPART_ID}`;

  const bare = createClient<{
    '/counterparts/{counterpart_id}': {
      get: {
        parameters: { path: { counterpart_id: string } };
        responses: { 200: { content: { 'application/json': { id: string } } } };
      };
    };
  }>({ baseUrl, headers, ...(transport ? { fetch: transport } : {}) });

  const monite = createMoniteClient({
    baseUrl,
    version: VERSION,
    entityId: ENTITY_ID,
    auth: { token: TOKEN },
    // Armed as in production: a failed GET would be retried; none fails here.
    retry: { maxRetries: 2 },
    ...(transport ? { fetch: transport } : {}),
  });

  const resources = withResources(monite);

  return [
    {
      name: 'raw fetch',
      call: async () => {
        const response = await (transport ? send(new Request(url, { headers })) : fetch(url, { headers }));
        if (!response.ok) throw new Error(`status ${response.status}`);
        return response.json();
      },
    },
    {
      name: 'openapi-fetch',
      call: async () => {
        const { data, error } = await bare.GET('/counterparts/{counterpart_id}', {
          params: { path: { counterpart_id: COUNTERPART_ID } },
        });
        if (error !== undefined) throw new Error('request failed');
        return data;
      },
    },
    {
      name: '@monite-ts/client',
      call: async () => {
        const { data, error } = await monite.GET('/counterparts/{counterpart_id}', {
          params: { path: { counterpart_id: COUNTERPART_ID } },
        });
        if (error !== undefined) throw new Error('request failed');
        return data;
      },
    },
    {
      name: '@monite-ts/client resource method',
      // Resolves to the data or throws, as unwrap() would.
      call: () => resources.counterparts.retrieve(COUNTERPART_ID),
    },
  ];
}

async function timeBatch(call: () => Promise<unknown>, calls: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await call();
  return Number(process.hrtime.bigint() - started) / 1_000 / calls;
}

async function measure(list: Scenario[], rounds: number, callsPerRound: number): Promise<Row[]> {
  for (const scenario of list) await timeBatch(scenario.call, WARMUP_CALLS);
  const samples = new Map<string, number[]>(list.map((s) => [s.name, []]));
  // Rounds interleave the scenarios, so drift (GC, CPU frequency, neighbours) hits all of them alike.
  for (let round = 0; round < rounds; round++) {
    for (const scenario of list) samples.get(scenario.name)!.push(await timeBatch(scenario.call, callsPerRound));
  }
  const baseline = median(samples.get('raw fetch')!);
  const openapiFetch = median(samples.get('openapi-fetch')!);
  return list.map((scenario) => {
    const perCall = median(samples.get(scenario.name)!);
    return {
      variant: scenario.name,
      'µs per call (median)': perCall,
      'calls/s': Math.round(1_000_000 / perCall),
      'overhead µs': perCall - baseline,
      'vs raw fetch': ratio(perCall, baseline),
      // Calls per second as a share of bare openapi-fetch's: 1 is as fast, below 1 slower.
      "share of openapi-fetch's calls/s": ratio(openapiFetch, perCall),
    };
  });
}

async function measureOverHttp(): Promise<Row[]> {
  const { server, baseUrl } = await startServer();
  try {
    return await measure(scenarios(baseUrl), ROUNDS, CALLS_PER_ROUND);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

// Same calls with the network replaced by an in-memory answer: what is left
// is each layer's own CPU cost, without loopback noise.
async function measureInMemory(): Promise<Row[]> {
  const answer = async (request: Request) => {
    await request.arrayBuffer();
    return new Response(BODY, {
      status: 200,
      headers: { 'content-type': 'application/json', 'x-request-id': 'bench' },
    });
  };
  return measure(scenarios('http://in-memory.test', answer), MEMORY_ROUNDS, MEMORY_CALLS_PER_ROUND);
}

async function bundleSize(
  contents: string,
  external: string[] = [],
  platform: 'browser' | 'node' = 'browser',
): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    // 'browser' resolves the package's browser condition, as Vite and webpack do for a web app.
    platform,
    target: 'es2022',
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

async function measureBundles(): Promise<Row[]> {
  const everything = "export * from '@monite-ts/client';";
  const rows: Array<[string, { minified: number; gzipped: number }]> = [
    [
      'import { createMoniteClient } alone, browser build, openapi-fetch included (goal 7,000)',
      await bundleSize("export { createMoniteClient } from '@monite-ts/client';"),
    ],
    [
      'import { createMoniteClient } alone, Node/edge build, openapi-fetch included (with the credentials exchange)',
      await bundleSize("export { createMoniteClient } from '@monite-ts/client';", [], 'node'),
    ],
    [
      'resource layer: @monite-ts/client/resources, main entry external (limit 10,000)',
      // By file: esbuild's external '@monite-ts/client' would also cover its /resources subpath.
      await bundleSize(`export * from '${fileURLToPath(import.meta.resolve('@monite-ts/client/resources'))}';`, [
        '@monite-ts/client',
        'openapi-fetch',
      ]),
    ],
    [
      'createMoniteClient + withResources, browser build',
      await bundleSize(
        "export { createMoniteClient } from '@monite-ts/client'; export { withResources } from '@monite-ts/client/resources';",
      ),
    ],
    ['@monite-ts/client main entry, everything it exports, browser build', await bundleSize(everything)],
    ['@monite-ts/client main entry, everything it exports, Node/edge build', await bundleSize(everything, [], 'node')],
    ['openapi-fetch alone (reference)', await bundleSize("export { default } from 'openapi-fetch';")],
  ];
  return rows.map(([bundle, size]) => ({ bundle, 'min bytes': size.minified, 'min+gzip bytes': size.gzipped }));
}

/** Runs the client benchmarks and prints their tables. */
export async function run(): Promise<void> {
  printTable(
    `Client overhead: GET /counterparts/{id} against a local node:http server (${ROUNDS} rounds x ${CALLS_PER_ROUND} sequential calls)`,
    await measureOverHttp(),
  );
  printTable(
    `Client overhead without the network: same calls, fetch answered in memory (${MEMORY_ROUNDS} rounds x ${MEMORY_CALLS_PER_ROUND} calls)`,
    await measureInMemory(),
  );
  printTable('Client bundle size (esbuild, minified, ESM; browser or node platform as named)', await measureBundles());
}
