// Memory of `monite-mock` under a long run with a real clock: its resident
// set size after start, after a warm-up, after 100,000 requests that issue
// tokens, page through lists (each page hands out cursors) and miss unknown
// ids, and then after 100,000 token exchanges alone. Cursors are bounded by
// count; tokens live until they expire (a day), so their memory grows with
// the tokens alive, and the first token must still work at the end (stored
// objects, which legitimately grow, are left out of the mix). Printed with
// the ratio, never asserted.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { ENTITY_ID, headersFor, startMock, stop, VERSION } from './mock-process.js';
import { printTable, ratio, type Row } from './table.js';

const REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? 100_000);
const EXCHANGES = Number(process.env.BENCH_MEMORY_EXCHANGES ?? 100_000);
const WARM_UP = 2_000;

/** The resident set size of a process in MiB (Linux), or undefined where /proc is not there. */
function rssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The request mix: a token exchange, a list page, a read of an unknown id. */
function requests(headers: Record<string, string>): autocannon.Request[] {
  return [
    {
      method: 'POST',
      path: '/auth/token',
      headers: { 'x-monite-version': VERSION, 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
        client_secret: 'bench',
        grant_type: 'client_credentials',
      }),
    },
    { method: 'GET', path: '/tags?limit=2', headers },
    { method: 'GET', path: `/counterparts/${ENTITY_ID}`, headers },
  ];
}

async function load(url: string, headers: Record<string, string>, amount: number): Promise<number> {
  const result = await autocannon({ url, connections: 10, amount, requests: requests(headers) });
  return result.requests.total;
}

/** Runs the benchmark and prints its table. */
export async function run(): Promise<void> {
  const { child, url } = await startMock(['--clock', 'real']);
  try {
    const headers = await headersFor(url);
    // A few objects to page through, two per page: every list answer hands out a cursor.
    for (let i = 0; i < 6; i++) {
      await fetch(`${url}/tags`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name: `tag ${i}` }),
      });
    }
    const started = rssMiB(child.pid);
    await load(url, headers, WARM_UP);
    const warm = rssMiB(child.pid);
    // In three legs: a bounded mock levels off after the first (V8 keeps some garbage until it needs the room).
    const rows: Row[] = [
      { point: 'after start', 'RSS MiB': started ?? 'n/a', 'vs warm-up': 'n/a' },
      {
        point: `after ${WARM_UP.toLocaleString('en')} requests (baseline)`,
        'RSS MiB': warm ?? 'n/a',
        'vs warm-up': '1.00x',
      },
    ];
    let sent = 0;
    for (let leg = 1; leg <= 3; leg++) {
      sent += await load(url, headers, Math.round(REQUESTS / 3));
      const rss = rssMiB(child.pid);
      rows.push({
        point: `after ${sent.toLocaleString('en')} more requests`,
        'RSS MiB': rss ?? 'n/a',
        'vs warm-up': rss !== undefined && warm !== undefined ? ratio(rss, warm) : 'n/a',
      });
    }
    await autocannon({ url, connections: 10, amount: EXCHANGES, requests: requests(headers).slice(0, 1) });
    const afterExchanges = rssMiB(child.pid);
    const first = await fetch(`${url}/tags?limit=1`, { headers });
    rows.push({
      point: `after ${EXCHANGES.toLocaleString('en')} token exchanges more (first token: ${first.status === 200 ? 'still valid' : `answers ${first.status}`})`,
      'RSS MiB': afterExchanges ?? 'n/a',
      'vs warm-up': afterExchanges !== undefined && warm !== undefined ? ratio(afterExchanges, warm) : 'n/a',
    });
    printTable('monite-mock memory over a long run, real clock (token exchanges, list pages, misses)', rows);
  } finally {
    await stop(child);
  }
}
