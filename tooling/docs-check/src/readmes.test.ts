// Docs that compile: every TypeScript block of the READMEs is type-checked
// against the built packages, as a reader would paste it (each block its own
// module, with fixtures/globals.d.ts declaring what the prose takes as given:
// `monite`, `token`, ids). Blocks marked `<!-- readme-check: run -->` are
// then run, in order, against the in-memory Monite through msw.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMoniteClient, unwrap } from '@monite-ts/client';
import { withResources } from '@monite-ts/client/resources';
import { createMonite } from '@monite-ts/mocks';
import { setupServer } from 'msw/node';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSnippets, readmeFiles, type Snippet, snippetName, withEarlierImports } from './snippets.js';

const root = resolve(import.meta.dirname, '../../..');
const work = resolve(import.meta.dirname, '../.tmp');
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');
const snippets: Snippet[] = readmeFiles(root).flatMap((file) =>
  extractSnippets(readFileSync(join(root, file), 'utf8'), file),
);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('README blocks', () => {
  it('are found: the client README shows path calls and resource methods', () => {
    const client = snippets.filter((s) => s.file === 'packages/client/README.md');
    expect(client.length).toBeGreaterThan(5);
    expect(client.some((s) => s.code.includes("monite.POST('/counterparts/{counterpart_id}/contacts'"))).toBe(true);
    expect(client.some((s) => s.code.includes('monite.counterparts.contacts.create('))).toBe(true);
    expect(snippets.some((s) => s.run)).toBe(true);
  });

  it('type-check', () => {
    const dir = join(work, 'check');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    copyFileSync(resolve(import.meta.dirname, '../fixtures/globals.d.ts'), join(dir, 'globals.d.ts'));
    const byFile = new Map<string, { snippet: Snippet; prelude: number }>();
    for (const { snippet, code, prelude } of withEarlierImports(snippets)) {
      const name = `${snippetName(snippet)}.ts`;
      byFile.set(name, { snippet, prelude });
      // `export {}` makes every block a module, so blocks do not share names.
      writeFileSync(join(dir, name), `${code}export {};\n`);
    }
    // A canary: proves a wrong block is reported, and where.
    writeFileSync(join(dir, 'canary.ts'), "const wrong: number = 'text';\nexport {};\n");
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '@monite-ts/tsconfig/base.json',
        compilerOptions: { types: ['node'], noEmit: true, skipLibCheck: true },
        include: ['*.ts'],
      }),
    );
    const out = spawnSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
      encoding: 'utf8',
    }).stdout;
    // Errors as README positions, so a failure points at the line to fix.
    const errors = [...out.matchAll(/^(\S+?)\((\d+),(\d+)\): (error TS\d+: .*)$/gm)].map(([, file, line, , text]) => {
      const found = byFile.get(file!.split(/[\\/]/).pop()!);
      if (!found) return `${file}:${line}: ${text}`;
      return `${found.snippet.file}:${found.snippet.line + Number(line) - 1 - found.prelude}: ${text}`;
    });
    expect(errors).toEqual([expect.stringMatching(/canary\.ts:1: error TS2322/)]);
  });
});

describe('README blocks marked to run', () => {
  const mock = createMonite({ seed: 'readme' });
  const server = setupServer(...mock.handlers);
  const clientId = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const runnable = snippets.filter((s) => s.run);

  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    // What the prose takes as given, made real: credentials, a token, two entities, a client.
    const token = mock.issueToken(clientId);
    const partner = createMoniteClient({ environment: 'sandbox', auth: { token } });
    const entity = (name: string) =>
      unwrap(
        partner.POST('/entities', {
          body: {
            type: 'organization',
            email: 'finance@acme.test',
            address: { country: 'DE', city: 'Berlin', postal_code: '10115', line1: 'Unter den Linden 1' },
            organization: { legal_name: name },
          },
        }),
      );
    const [acme, other] = [await entity('Acme'), await entity('Other')];
    process.env.MONITE_CLIENT_ID = clientId;
    process.env.MONITE_CLIENT_SECRET = 'readme-secret';
    process.env.MONITE_ENTITY_ID = acme.id;
    Object.assign(globalThis, {
      token,
      entityId: acme.id,
      otherEntityId: other.id,
      monite: withResources(createMoniteClient({ environment: 'sandbox', auth: { token }, entityId: acme.id })),
    });
  });

  afterAll(() => server.close());

  it.each(runnable.map((s) => [`${s.file}:${s.line}`, s] as const))('%s runs', async (_, snippet) => {
    const dir = join(work, 'run');
    mkdirSync(dir, { recursive: true });
    const { outputText } = ts.transpileModule(`${snippet.code}export {};\n`, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    });
    const file = join(dir, `${snippetName(snippet)}.mjs`);
    writeFileSync(file, outputText);
    await import(pathToFileURL(file).href);
  });
});
