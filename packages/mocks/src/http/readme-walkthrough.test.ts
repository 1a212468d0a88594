/**
 * The README's walk-through by hand, run as written with bash and curl
 * against a started `monite-mock`: only its address is changed. `set -e`
 * and `curl -f` fail the run on any command or status that goes wrong; the
 * two answers the walk-through expects to be refusals (409 and 429) are
 * checked in its output.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The first `sh` block after the heading. */
function blockAfter(markdown: string, heading: string): string {
  const from = markdown.indexOf(heading);
  const match = /```sh\n([\s\S]*?)```/.exec(markdown.slice(from));
  if (from < 0 || !match) throw new Error(`no sh block after ${heading}`);
  return match[1] as string;
}

it('the walk-through by hand runs against a started mock, every command succeeding as the README says', async () => {
  expect(spawnSync('curl', ['--version']).status).toBe(0);
  const script = blockAfter(readFileSync(resolve(packageRoot, 'README.md'), 'utf8'), '### A documented flow by hand');
  const child = spawn(process.execPath, [
    resolve(packageRoot, 'bin/monite-mock.mjs'),
    '--port',
    '0',
    '--json',
    '--quiet',
  ]);
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolveUrl((JSON.parse(out.split('\n')[0] as string) as { url: string }).url);
      });
      child.once('exit', (code) => reject(new Error(`monite-mock exited with ${code}`)));
    });
    expect(script).toContain('http://127.0.0.1:4010');
    const run = spawnSync('bash', ['-c', `set -euo pipefail\n${script.replaceAll('http://127.0.0.1:4010', url)}`], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    // contact, counterparts page, line item, the 409 body and its status, submit, approve, ..., the 429 head.
    expect(JSON.parse(lines[0] as string)).toMatchObject({ first_name: 'Mary', last_name: "O'Brien" });
    expect(JSON.parse(lines[1] as string)).toMatchObject({ data: [expect.objectContaining({ type: 'organization' })] });
    expect(JSON.parse(lines[2] as string)).toMatchObject({ name: 'Desk', quantity: 2 });
    expect(lines[4]).toBe('409');
    expect(JSON.parse(lines[5] as string)).toMatchObject({ status: 'approve_in_progress' });
    expect(JSON.parse(lines[6] as string)).toMatchObject({ status: 'waiting_to_be_paid' });
    // Whatever the walk-through does in between answers JSON (curl -f has checked each status).
    for (const line of lines.slice(7, -2)) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.slice(-2).map((line) => line.trim().toLowerCase())).toEqual([
      'http/1.1 429 too many requests',
      'retry-after: 1',
    ]);
  } finally {
    child.kill('SIGTERM');
  }
});
