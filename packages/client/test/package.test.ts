// What ships: the built entries import nothing at run time (no Node
// built-ins, so browsers and edge runtimes can load them; openapi-fetch is a
// dependency for its types only), and both module formats expose the same API.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(`${root}/${path}`, 'utf8');

function importedModules(source: string): string[] {
  const specifiers = new Set<string>();
  for (const match of source.matchAll(
    /\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)|^import\s*["']([^"']+)["']/gm,
  )) {
    specifiers.add((match[1] ?? match[2] ?? match[3] ?? match[4])!);
  }
  return [...specifiers];
}

describe('package', () => {
  it('has openapi-fetch, its run time, as its only dependency', () => {
    const manifest = JSON.parse(read('package.json')) as {
      dependencies?: Record<string, string>;
      sideEffects?: boolean;
    };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['openapi-fetch']);
    expect(manifest.sideEffects).toBe(false);
  });

  it.each(['dist/index.js', 'dist/index.cjs', 'dist/browser/index.js', 'dist/browser/index.cjs'])(
    '%s runs on openapi-fetch, its only import at run time',
    (file) => {
      expect(importedModules(read(file))).toEqual(['openapi-fetch']);
    },
  );

  it.each(['dist/index.d.ts', 'dist/index.d.cts'])('%s reaches openapi-fetch for types only', (file) => {
    expect(importedModules(read(file))).toEqual(['openapi-fetch']);
  });

  it('exposes the same API from ESM and CJS', async () => {
    const esm = await import(`${root}/dist/index.js`);
    const cjs = createRequire(import.meta.url)(`${root}/dist/index.cjs`);
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(typeof cjs.createMoniteClient({ environment: 'sandbox' }).GET).toBe('function');
    expect(typeof esm.createMoniteClient({ environment: 'sandbox' }).GET).toBe('function');
  });

  it.each(['dist/resources.js', 'dist/resources.cjs'])('%s imports only the main entry, by name', (file) => {
    // By name, not by a relative file: both entries then share one client and
    // one set of error classes, so `instanceof` holds across them.
    expect(importedModules(read(file))).toEqual(['@monite-ts/client']);
  });

  // In a child node process: vitest's alias would resolve the package name to the sources.
  it.each([
    [
      'ESM',
      'module',
      "const { createMoniteClient, MoniteNotFoundError } = await import('@monite-ts/client'); const { withResources } = await import('@monite-ts/client/resources');",
    ],
    [
      'CJS',
      'commonjs',
      "const { createMoniteClient, MoniteNotFoundError } = require('@monite-ts/client'); const { withResources } = require('@monite-ts/client/resources');",
    ],
  ])('%s: resource methods throw the error classes of the main entry', (_, type, imports) => {
    const script = `(async () => { ${imports}
      const monite = withResources(createMoniteClient({ baseUrl: 'http://api.test', fetch: async () => Response.json({ error: { message: 'gone' } }, { status: 404 }) }));
      const error = await monite.counterparts.retrieve('c').catch((e) => e);
      console.log(error instanceof MoniteNotFoundError ? 'same class' : 'other class');
    })();`;
    const result = spawnSync(process.execPath, [`--input-type=${type}`, '-e', script], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('same class');
  });

  // Which build a runtime gets, as Node resolves the package with extra conditions
  // (bundlers do the same with theirs: esbuild, Vite and webpack set `browser`
  // for browser targets; Cloudflare sets `workerd` and Vercel `edge-light`
  // ahead of `browser`, and they are servers).
  const probe = (conditions: string[], type: 'module' | 'commonjs') => {
    const load =
      type === 'module'
        ? "const { createMoniteClient } = await import('@monite-ts/client');"
        : "const { createMoniteClient } = require('@monite-ts/client');";
    const script = `(async () => { ${load}
      const fetch = async () => Response.json({ data: [] });
      const token = createMoniteClient({ baseUrl: 'http://api.test', fetch, auth: { token: 't' } });
      const { response } = await token.GET('/counterparts');
      try {
        createMoniteClient({ baseUrl: 'http://api.test', fetch, auth: { clientId: 'id', clientSecret: 'browser-probe-secret' } });
        console.log(response.status, 'exchanges');
      } catch (error) {
        console.log(response.status, error.constructor.name, error.message);
      }
    })();`;
    const flags = conditions.map((condition) => `--conditions=${condition}`);
    const result = spawnSync(process.execPath, [...flags, `--input-type=${type}`, '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    return result.stdout.trim();
  };

  it.each(['module', 'commonjs'] as const)(
    'the browser condition (%s) gets the build that refuses client credentials',
    (type) => {
      const out = probe(['browser'], type);
      expect(out).toMatch(/^200 TypeError auth \{ clientId, clientSecret \} is refused in the browser build/);
      expect(out).toContain('pass auth { token } or { getToken }');
      expect(out).not.toContain('browser-probe-secret');
    },
  );

  it.each([[[]], [['workerd', 'browser']], [['edge-light', 'browser']]])(
    'Node, and edge runtimes that also set browser (%j), get the build that exchanges them',
    (conditions) => {
      expect(probe(conditions, 'module')).toBe('200 exchanges');
    },
  );

  it('the browser build carries no exchange, and exports what the main build exports', async () => {
    expect(read('dist/index.js')).toContain('grant_type');
    expect(read('dist/browser/index.js')).not.toContain('grant_type');
    expect(read('dist/browser/index.cjs')).not.toContain('grant_type');
    const full = await import(`${root}/dist/index.js`);
    const browser = await import(`${root}/dist/browser/index.js`);
    expect(Object.keys(browser).sort()).toEqual(Object.keys(full).sort());
  });
});
