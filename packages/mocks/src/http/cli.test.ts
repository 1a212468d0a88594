/**
 * The `monite-mock` command as a program drives it (the built bin, spawned):
 * the JSON ready line, refusals at start, partners from the README's config
 * file, SIGTERM, and `kill -9` in the middle of a burst of writes. Nothing
 * here waits on a clock: each step waits for an event (a line, an answer, exit).
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tokenRequest, VERSION } from '../test/helpers.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = resolve(packageRoot, 'bin/monite-mock.mjs');
const work = mkdtempSync(join(tmpdir(), 'monite-cli-'));
const children = new Set<ChildProcessWithoutNullStreams>();

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

interface Run {
  child: ChildProcessWithoutNullStreams;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function run(args: string[], cwd = work): Run {
  if (!existsSync(resolve(packageRoot, 'dist/cli.js')))
    throw new Error('dist/cli.js is missing: run `pnpm --filter @monite-ts/mocks build` first');
  const child = spawn(process.execPath, [bin, ...args], { cwd });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolveExit) =>
      child.once('exit', (code, signal) => {
        children.delete(child);
        resolveExit({ code, signal, stdout, stderr });
      }),
  );
  return { child, exit };
}

/** Starts the mock with `--json` and resolves with its URL from the ready line. */
async function start(args: string[]): Promise<Run & { url: string }> {
  const started = run(['--port', '0', '--json', '--quiet', ...args]);
  const line = await new Promise<string>((resolveLine, reject) => {
    let buffered = '';
    started.child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const end = buffered.indexOf('\n');
      if (end >= 0) resolveLine(buffered.slice(0, end));
    });
    void started.exit.then(({ code, stderr }) => reject(new Error(`monite-mock exited with ${code}: ${stderr}`)));
  });
  const ready = JSON.parse(line) as { event: string; url: string };
  expect(ready.event).toBe('ready');
  return { ...started, url: ready.url };
}

async function token(url: string, clientId: string, clientSecret: string, extra: Record<string, string> = {}) {
  const response = await fetch(tokenRequest(url, { clientId, clientSecret }, extra));
  return { status: response.status, token: ((await response.json()) as { access_token?: string }).access_token };
}

const SANDBOX_CLIENT = '5b9c1f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

describe('monite-mock', () => {
  it('prints its help with every flag, its default and examples', async () => {
    const { stdout, code } = await run(['--help']).exit;
    expect(code).toBe(0);
    expect(stdout).toContain('--port N');
    expect(stdout).toContain('(default 4010)');
    expect(stdout).toContain('--port 0 --json');
    expect(stdout).toMatch(/--state FILE\s+keep the state/);
  });

  it('announces itself with one JSON line and answers GET /_mock/health', async () => {
    const mock = await start([]);
    const health = await fetch(`${mock.url}/_mock/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    mock.child.kill('SIGTERM');
    expect((await mock.exit).code).toBe(0);
  });

  it.each([
    [['--state', join(work, 'no-such-folder', 'state.json')], /--state .*no-such-folder.*does not exist/],
    [['--state', work], /is a directory/],
    [['--state', '/proc/monite-state.json'], /is not writable/],
    [['--port', '70000'], /--port must be an integer from 0 to 65535, got 70000/],
    [['--clock', 'sometimes'], /--clock must be real, fixed or fixed:<ISO time>/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['--config', join(work, 'absent.json')], /--config .*absent\.json cannot be read \(ENOENT\)/],
  ])('refuses %j at start with one line and exit code 2, writing nothing', async (args, message) => {
    const before = readdirSync(work);
    const { code, stderr, stdout } = await run(args).exit;
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
    expect(readdirSync(work)).toEqual(before);
  });

  it('names the field at fault in an invalid config file, and never echoes a secret', async () => {
    const path = join(work, 'invalid.json');
    writeFileSync(
      path,
      JSON.stringify({ clients: [{ clientId: SANDBOX_CLIENT, clientSecret: 'sup3r-secret', scope: 'all' }] }),
    );
    const { code, stderr } = await run(['--config', path]).exit;
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(`monite-mock: --config ${path}: clients[0].scope is not a known option`);
    writeFileSync(path, JSON.stringify({ webhooks: { retries: -1 } }));
    expect((await run(['--config', path]).exit).stderr).toMatch(/webhooks\.retries must be >= 0/);
    rmSync(path);
  });

  it('stops at SIGTERM with exit code 0', async () => {
    const mock = await start(['--state', join(work, 'sigterm.json')]);
    mock.child.kill('SIGTERM');
    const { code, signal } = await mock.exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    rmSync(join(work, 'sigterm.json'));
  });

  it('loses no answered write to kill -9 in the middle of a burst of 1,000, and loads the file again', async () => {
    const state = join(work, 'burst.json');
    const mock = await start(['--state', state, '--events', 'off']);
    const { token: bearer } = await token(mock.url, SANDBOX_CLIENT, 'x');
    const headers = {
      'x-monite-version': VERSION,
      'x-monite-entity-id': '7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b',
      authorization: `Bearer ${bearer}`,
      'content-type': 'application/json',
    };
    const answered: string[] = [];
    let killed = false;
    let next = 0;
    // 20 clients share 1,000 creates; the process is killed when the 400th answer arrives, mid-burst.
    const client = async () => {
      while (next < 1_000) {
        const i = next++;
        try {
          const response = await fetch(`${mock.url}/tags`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ name: `tag ${i}` }),
          });
          if (response.status !== 201) throw new Error(`status ${response.status}`);
          answered.push(((await response.json()) as { id: string }).id);
          if (answered.length === 400 && !killed) {
            killed = true;
            mock.child.kill('SIGKILL');
          }
        } catch (error) {
          if (!killed) throw error;
          return;
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, client));
    expect((await mock.exit).signal).toBe('SIGKILL');
    expect(answered.length).toBeGreaterThanOrEqual(400);

    const again = await start(['--state', state]);
    const snapshot = (await (await fetch(`${again.url}/_mock/state`)).json()) as {
      store: { collections: Record<string, Record<string, Array<{ id: string }>>> };
    };
    const stored = new Set(
      (snapshot.store.collections['7f2e3b1a-0c4d-4e5f-8a9b-0c1d2e3f4a5b']?.['/tags'] ?? []).map((tag) => tag.id),
    );
    expect(answered.filter((id) => !stored.has(id))).toEqual([]);
    again.child.kill('SIGTERM');
    expect((await again.exit).code).toBe(0);
  });

  it("isolates two partners configured in the README's config file", async () => {
    const readme = readFileSync(resolve(packageRoot, 'README.md'), 'utf8');
    const example = /```json\n(\{\n {2}"\$schema"[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const dir = mkdtempSync(join(work, 'config-'));
    writeFileSync(join(dir, 'monite-mock.json'), example!);
    const config = JSON.parse(example!) as {
      clients: Array<{ clientId: string; clientSecret: string }>;
      fixtures: Array<{ collection: string; partner?: string; entityId?: string; data: { id: string } }>;
    };
    const [acme, globex] = config.clients as [(typeof config.clients)[0], (typeof config.clients)[0]];
    const entityOf = (clientId: string) =>
      config.fixtures.find(
        (f) => f.collection === '/entities' && (f.partner ?? config.clients[0]!.clientId) === clientId,
      )!.data.id;
    const user = config.fixtures.find((f) => f.collection === '/entity_users')!;
    const mock = await start(['--config', join(dir, 'monite-mock.json')]);
    expect(existsSync(join(dir, '.monite-state.json'))).toBe(true);

    expect((await token(mock.url, acme.clientId, 'wrong')).status).toBe(401);
    expect((await token(mock.url, SANDBOX_CLIENT, 'x')).status).toBe(401);
    const acmeToken = (await token(mock.url, acme.clientId, acme.clientSecret)).token;
    const globexToken = (await token(mock.url, globex.clientId, globex.clientSecret)).token;
    const get = async (path: string, bearer: string | undefined, entityId?: string) => {
      const response = await fetch(`${mock.url}${path}`, {
        headers: {
          'x-monite-version': VERSION,
          authorization: `Bearer ${bearer}`,
          ...(entityId ? { 'x-monite-entity-id': entityId } : {}),
        },
      });
      return { status: response.status, body: (await response.json()) as { data?: Array<{ id: string }> } };
    };
    expect((await get('/entities', acmeToken)).body.data?.map((e) => e.id)).toEqual([entityOf(acme.clientId)]);
    expect((await get('/entities', globexToken)).body.data?.map((e) => e.id)).toEqual([entityOf(globex.clientId)]);
    expect((await get('/counterparts', acmeToken, entityOf(globex.clientId))).status).toBe(403);
    expect((await get('/counterparts', globexToken, entityOf(acme.clientId))).status).toBe(403);
    expect((await get('/counterparts', globexToken, entityOf(globex.clientId))).status).toBe(200);

    const userToken = (
      await token(mock.url, acme.clientId, acme.clientSecret, {
        grant_type: 'entity_user',
        entity_user_id: user.data.id,
      })
    ).token;
    const me = await get('/entity_users/me', userToken, user.entityId);
    expect(me.status).toBe(200);
    expect((me.body as { id?: string }).id).toBe(user.data.id);
    mock.child.kill('SIGTERM');
    expect((await mock.exit).code).toBe(0);
  });
});
