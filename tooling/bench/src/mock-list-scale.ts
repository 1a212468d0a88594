// What a list costs as the store grows: `GET /counterparts` against a mock
// holding 50 counterparts (the baseline) and one holding 10,000: the first
// page in either order, and a sort and a filter that must read every record
// as served. Each mock runs in its own process, filled over HTTP.
//
// BENCH_MOCK_BASELINE=<path of another build's bin/monite-mock.mjs> measures
// that build on the same rows in the same run and prints the ratio, so a
// change to how lists are answered shows its effect.
// Figures are printed with ratios, never asserted.
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { fillCounterparts, headersFor, MOCK_BIN, startMock, stop } from './mock-process.js';
import { printTable, ratio, type Row } from './table.js';

const DURATION_SECONDS = Number(process.env.BENCH_MOCK_SECONDS ?? 5);
const CONNECTIONS = 10;
const SMALL = 50;
const LARGE = Number(process.env.BENCH_LIST_OBJECTS ?? 10_000);

/** The lists measured on each store, by the query after `/counterparts`. */
const QUERIES = [
  { name: 'first page', query: '?limit=10' },
  { name: 'first page, newest first (order=desc)', query: '?limit=10&order=desc' },
  // A sort or a filter on what a record is served with reads every record as served.
  { name: 'sorted by name (sort=counterpart_name)', query: '?limit=10&sort=counterpart_name' },
  { name: 'filtered by name (counterpart_name__icontains)', query: '?limit=10&counterpart_name__icontains=acme' },
];

/** Requests per second of one list against a running mock. */
async function listRate(url: string, headers: Record<string, string>, query: string): Promise<number> {
  const result = await autocannon({
    url: `${url}/counterparts${query}`,
    headers,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
  });
  if (result.non2xx > 0) throw new Error(`GET /counterparts${query} answered ${result.non2xx} non-2xx responses`);
  return result.requests.average;
}

/** Each query's rate against a mock of `bin` holding `stored` counterparts. */
async function ratesFor(bin: string, stored: number): Promise<number[]> {
  const { child, url } = await startMock([], bin);
  try {
    const headers = await headersFor(url);
    await fillCounterparts(url, headers, stored);
    const rates: number[] = [];
    for (const { query } of QUERIES) rates.push(await listRate(url, headers, query));
    return rates;
  } finally {
    await stop(child);
  }
}

/** Runs the benchmark and prints its table. */
export async function run(): Promise<void> {
  const baselineBin = process.env.BENCH_MOCK_BASELINE ? resolve(process.env.BENCH_MOCK_BASELINE) : undefined;
  const small = await ratesFor(MOCK_BIN, SMALL);
  const large = await ratesFor(MOCK_BIN, LARGE);
  const before = baselineBin ? await ratesFor(baselineBin, LARGE) : undefined;
  const rows: Row[] = QUERIES.map(({ name }, i) => ({
    list: name,
    [`${SMALL} stored req/s (baseline)`]: small[i]!,
    [`${LARGE.toLocaleString('en')} stored req/s`]: large[i]!,
    'vs baseline': ratio(large[i]!, small[i]!),
    ...(before
      ? {
          [`other build, ${LARGE.toLocaleString('en')} stored`]: before[i]!,
          'this build / other build': ratio(large[i]!, before[i]!),
        }
      : {}),
  }));
  printTable(
    `List cost as the store grows (GET /counterparts, autocannon ${CONNECTIONS} connections, ${DURATION_SECONDS} s per cell${baselineBin ? `; other build: ${baselineBin}` : ''})`,
    rows,
  );
}
