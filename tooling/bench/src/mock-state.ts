// Durable state (`monite-mock --state FILE`): what syncing every change
// before its answer costs, and how fast a mock starts on a large state.
// - create throughput (POST /counterparts, events on) without and with --state;
// - start time (spawn to ready line) on an empty state and on 10,000 stored
//   counterparts: replaying the journal after `kill -9`, and from one snapshot;
// - SIGTERM to exit when idle.
// Figures are printed with ratios, never asserted.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { COUNTERPART, fillCounterparts, headersFor, startMock, stop } from './mock-process.js';
import { median, printTable, ratio, type Row } from './table.js';

const DURATION_SECONDS = Number(process.env.BENCH_MOCK_SECONDS ?? 5);
const CONNECTIONS = 10;
const STORED = Number(process.env.BENCH_STATE_OBJECTS ?? 10_000);
const RUNS = 3;

async function createThroughput(extra: string[]) {
  const { child, url } = await startMock(extra);
  try {
    const headers = { ...(await headersFor(url)), 'content-type': 'application/json' };
    const result = await autocannon({
      url: `${url}/counterparts`,
      method: 'POST',
      headers,
      body: COUNTERPART,
      connections: CONNECTIONS,
      duration: DURATION_SECONDS,
    });
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
  } finally {
    await stop(child);
  }
}

/** Median start time (spawn to ready line) of a mock with these flags, and its SIGTERM-to-exit times. */
async function startTimes(extra: string[]) {
  const starts: number[] = [];
  const exits: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { child, startMs } = await startMock(extra);
    starts.push(startMs);
    exits.push(await stop(child));
  }
  return { start: median(starts), exit: median(exits) };
}

/** Runs the benchmark and prints its tables. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'monite-bench-state-'));
  try {
    const memory = await createThroughput([]);
    const durable = await createThroughput(['--state', join(dir, 'throughput.json')]);
    printTable(
      `Create throughput with and without --state (POST /counterparts, events on, autocannon ${CONNECTIONS} connections, ${DURATION_SECONDS} s)`,
      [
        {
          mock: 'in memory (baseline)',
          'req/s': memory.rps,
          'p50/p99 ms': `${memory.p50}/${memory.p99}`,
          'vs baseline': '1.00x',
          'non-2xx': memory.non2xx,
        },
        {
          mock: '--state (each change synced before its answer)',
          'req/s': durable.rps,
          'p50/p99 ms': `${durable.p50}/${durable.p99}`,
          'vs baseline': ratio(durable.rps, memory.rps),
          'non-2xx': durable.non2xx,
        },
      ],
    );

    // A large state: STORED counterparts (and their events), then a crash.
    const journal = join(dir, 'large.json');
    const filling = await startMock(['--state', journal]);
    await fillCounterparts(filling.url, await headersFor(filling.url), STORED);
    const snapshot = await (await fetch(`${filling.url}/_mock/state`)).text();
    await stop(filling.child, 'SIGKILL');
    const journalBytes = statSync(journal).size;
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, snapshot);

    const empty = await startTimes(['--state', join(dir, 'empty.json')]);
    // Each start after the first finds the file it left; the first replays the crashed journal.
    const afterCrash = await startMock(['--state', journal]);
    const afterCrashExit = await stop(afterCrash.child);
    const fromSnapshot = await startTimes(['--state', journal]);
    const rows: Row[] = [
      {
        state: 'empty (baseline)',
        'file MiB': 0,
        'start ms': empty.start,
        'vs baseline': '1.00x',
        'SIGTERM to exit ms': empty.exit,
      },
      {
        state: `${STORED.toLocaleString('en')} counterparts, journal replayed after kill -9`,
        'file MiB': journalBytes / 2 ** 20,
        'start ms': afterCrash.startMs,
        'vs baseline': ratio(afterCrash.startMs, empty.start),
        'SIGTERM to exit ms': afterCrashExit,
      },
      {
        state: `${STORED.toLocaleString('en')} counterparts, the same file again (median of ${RUNS})`,
        'file MiB': statSync(journal).size / 2 ** 20,
        'start ms': fromSnapshot.start,
        'vs baseline': ratio(fromSnapshot.start, empty.start),
        'SIGTERM to exit ms': fromSnapshot.exit,
      },
    ];
    const fromPlain = await startTimes(['--state', plain]);
    rows.push({
      state: `${STORED.toLocaleString('en')} counterparts, one snapshot (GET /_mock/state; median of ${RUNS})`,
      'file MiB': snapshot.length / 2 ** 20,
      'start ms': fromPlain.start,
      'vs baseline': ratio(fromPlain.start, empty.start),
      'SIGTERM to exit ms': fromPlain.exit,
    });
    printTable('monite-mock start time (spawn to ready line) and SIGTERM to exit, idle', rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
