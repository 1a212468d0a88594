/**
 * Consumer proof: the packages as npm would deliver them. Each published
 * package is packed with `pnpm pack` (which rewrites workspace:* ranges),
 * the tarballs are installed with npm into a project outside the workspace,
 * and a small program is type-checked under strict NodeNext and Bundler
 * resolution, then run as ESM and as CommonJS against `monite-mock`; so is a
 * second one using the resource methods (`@monite-ts/client/resources`).
 * Both are type-checked with TypeScript 5.9 and with the oldest TypeScript
 * the packages support (OLDEST_TYPESCRIPT; see the client README for why).
 * Requires `pnpm build` first (turbo's ^build does it via this package's devDependencies).
 */
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startBackground, waitForHttp, type Background } from '../src/processes.js';
import { npmInstall, readManifest, run } from '../src/scratch.js';
import { PUBLISHED_PACKAGES as PACKAGES, repoRoot } from '../src/workspace.js';

const here = new URL('.', import.meta.url).pathname;
/**
 * The oldest TypeScript the packages support: openapi-fetch 0.17's own
 * declarations type-check (skipLibCheck off) from 5.4 on.
 */
const OLDEST_TYPESCRIPT = '5.4.5';
const keep = process.env.KEEP_CONSUMER_PROJECT === '1';

let project: string;
let mock: Background | undefined;
let mockUrl: string;

/** Every file an `exports`/`bin` entry points to must exist, or the package was not built. */
function assertBuilt(name: string, dir: string): void {
  const manifest = readManifest(join(repoRoot, dir, 'package.json')) as unknown as {
    exports?: unknown;
    bin?: Record<string, string>;
  };
  const targets: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(manifest.exports);
  // A bin is a committed launcher that imports the build (monite-mock
  // imports ../dist/cli.js): follow its relative imports too.
  for (const bin of Object.values(manifest.bin ?? {})) {
    const source = readFileSync(join(repoRoot, dir, bin), 'utf8');
    for (const [, spec] of source.matchAll(/import\s*(?:[^'"]*from\s*)?['"](\.[^'"]+)['"]/g)) {
      targets.push(join(bin, '..', spec!));
    }
  }
  const missing = targets.filter((t) => !existsSync(join(repoRoot, dir, t)));
  if (missing.length) throw new Error(`${name} is not built (missing ${missing.join(', ')}): run \`pnpm build\` first`);
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'monite-consumer-'));
  const tarballs = join(project, 'tarballs');
  mkdirSync(tarballs);
  for (const [name, dir] of Object.entries(PACKAGES)) {
    assertBuilt(name, dir);
    run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(repoRoot, dir) });
  }
  const packed = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
  expect(packed).toHaveLength(Object.keys(PACKAGES).length);

  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'monite-consumer', private: true, version: '0.0.0' }, null, 2),
  );
  // One program, two module systems: the extension decides which one tsc emits and node loads.
  for (const file of ['consumer.mts', 'consumer.cts'])
    copyFileSync(join(here, 'consumer-project/consumer.ts'), join(project, file));
  for (const file of ['resources.mts', 'resources.cts'])
    copyFileSync(join(here, 'consumer-proof-resources.ts'), join(project, file));
  const programs = ['consumer.mts', 'consumer.cts', 'resources.mts', 'resources.cts'];
  const compilerOptions = {
    strict: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: ['node'],
    skipLibCheck: false,
  };
  writeFileSync(
    join(project, 'tsconfig.nodenext.json'),
    JSON.stringify({
      compilerOptions: { ...compilerOptions, module: 'NodeNext', moduleResolution: 'NodeNext', outDir: 'out' },
      files: programs,
    }),
  );
  // The same checks with the oldest TypeScript, emitting nothing (the runs use
  // 5.9's output). Every program with skipLibCheck on, as most projects have
  // it: msw's own declarations (reached through @monite-ts/mocks) import an
  // ESM-only package from CommonJS, which TypeScript accepts from 5.8 on. The
  // client's program also with skipLibCheck off, so the client's declarations
  // and openapi-fetch's are checked by 5.4 themselves.
  writeFileSync(
    join(project, 'tsconfig.oldest-nodenext.json'),
    JSON.stringify({ extends: './tsconfig.nodenext.json', compilerOptions: { noEmit: true, skipLibCheck: true } }),
  );
  writeFileSync(
    join(project, 'tsconfig.oldest-client-declarations.json'),
    JSON.stringify({
      extends: './tsconfig.nodenext.json',
      compilerOptions: { noEmit: true, skipLibCheck: false },
      files: ['resources.mts', 'resources.cts'],
    }),
  );
  // The NodeNext check also checks the shipped .d.ts files (skipLibCheck
  // off); the Bundler one is about resolution only and skips them, which
  // halves its cost on the large generated types.
  writeFileSync(
    join(project, 'tsconfig.bundler.json'),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions,
        module: 'Preserve',
        moduleResolution: 'Bundler',
        noEmit: true,
        skipLibCheck: true,
      },
      files: programs,
    }),
  );
  writeFileSync(join(project, 'tsconfig.oldest-bundler.json'), JSON.stringify({ extends: './tsconfig.bundler.json' }));
  npmInstall(project, [
    ...packed.map((f) => `./tarballs/${f}`),
    'typescript@5.9.3',
    // An alias, so both compilers sit side by side in node_modules.
    `typescript-oldest@npm:typescript@${OLDEST_TYPESCRIPT}`,
    '@types/node@^20.19.0',
    'msw@^2.15.0',
  ]);

  const port = await freePort();
  mockUrl = `http://127.0.0.1:${port}`;
  mock = startBackground(
    process.execPath,
    [join(project, 'node_modules/@monite-ts/mocks/bin/monite-mock.mjs'), '--port', String(port)],
    { cwd: project },
  );
  await waitForHttp(mockUrl, mock);
}, 600_000);

afterAll(async () => {
  await mock?.stop();
  if (project && !keep) rmSync(project, { recursive: true, force: true });
  else if (project) console.log(`consumer project kept at ${project}`);
});

describe('consumer proof', () => {
  it('installs real copies outside the workspace, not links', () => {
    expect(relative(repoRoot, project).startsWith('..')).toBe(true);
    for (const name of Object.keys(PACKAGES)) {
      const installed = join(project, 'node_modules', name);
      expect(lstatSync(installed).isSymbolicLink(), name).toBe(false);
      expect(realpathSync(installed).startsWith(realpathSync(project)), name).toBe(true);
      // pnpm pack must have replaced every workspace: range.
      const manifest = readManifest(join(installed, 'package.json'));
      const ranges = { ...manifest.dependencies, ...manifest.peerDependencies };
      expect(
        Object.values(ranges).filter((r) => r.startsWith('workspace:')),
        name,
      ).toEqual([]);
    }
  });

  it("ships the client's declarations with the schemas inlined, so it needs no @monite-ts/types", () => {
    // @monite-ts/types is a build input of the client (a devDependency whose
    // schemas tsup inlines into the .d.ts): a leaked import would make the
    // client's types depend on a package its users may not have installed.
    const client = join(project, 'node_modules/@monite-ts/client');
    const manifest = readManifest(join(client, 'package.json'));
    expect(Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })).not.toContain('@monite-ts/types');
    const declarations = readdirSync(join(client, 'dist')).filter((f) => /\.d\.c?ts$/.test(f));
    expect(declarations.length).toBeGreaterThan(0);
    for (const file of declarations) {
      expect(readFileSync(join(client, 'dist', file), 'utf8'), file).not.toMatch(/['"]@monite-ts\/types['"]/);
    }
  });

  it.each(['nodenext', 'bundler'])('type-checks under strict with moduleResolution %s', (flavour) => {
    // A failure shows tsc's diagnostics through run()'s error. The NodeNext
    // build also emits out/consumer.{mjs,cjs} for the run tests below.
    run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${flavour}.json`], {
      cwd: project,
    });
  });

  it.each(['oldest-nodenext', 'oldest-bundler', 'oldest-client-declarations'])(
    `type-checks with TypeScript ${OLDEST_TYPESCRIPT}, the oldest supported (%s)`,
    (flavour) => {
      const tsc = join(project, 'node_modules/typescript-oldest/bin/tsc');
      const version = run(process.execPath, [tsc, '--version'], { cwd: project });
      expect(version).toContain(OLDEST_TYPESCRIPT);
      run(process.execPath, [tsc, '-p', `tsconfig.${flavour}.json`], { cwd: project });
    },
  );

  it.each([
    ['esm', 'out/resources.mjs'],
    ['cjs', 'out/resources.cjs'],
  ])('runs the resource methods as %s against monite-mock', (format, file) => {
    expect(existsSync(join(project, file)), `${file} (emitted by the nodenext type-check)`).toBe(true);
    const emitted = readFileSync(join(project, file), 'utf8');
    expect(emitted.includes('require("@monite-ts/client/resources")')).toBe(format === 'cjs');
    const stdout = run(process.execPath, [file], { cwd: project, env: { MONITE_URL: mockUrl }, timeoutMs: 60_000 });
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as {
      format: string;
      createdId: string;
      readId: string;
      requestId: string | null;
      listed: string[];
      notFound: number;
    };
    expect(result.format).toBe(format);
    expect(result.readId).toBe(result.createdId);
    expect(result.requestId).toBeTruthy();
    expect(result.listed).toContain(result.createdId);
    // The error class thrown through the resources entry is the main entry's.
    expect(result.notFound).toBe(404);
  });

  it.each([
    ['esm', 'out/consumer.mjs'],
    ['cjs', 'out/consumer.cjs'],
  ])('runs as %s against monite-mock: creates a counterpart and reads it back', (format, file) => {
    expect(existsSync(join(project, file)), `${file} (emitted by the nodenext type-check)`).toBe(true);
    // The CommonJS build must really load the packages through require().
    const emitted = readFileSync(join(project, file), 'utf8');
    expect(emitted.includes('require("@monite-ts/client")')).toBe(format === 'cjs');
    const stdout = run(process.execPath, [file], { cwd: project, env: { MONITE_URL: mockUrl }, timeoutMs: 60_000 });
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as {
      format: string;
      entityId: string;
      createdId: string;
      readId: string;
      legalName?: string;
      listed: string[];
      notFound: number;
      mocksExports: number;
    };
    expect(result.format).toBe(format);
    expect(result.entityId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.readId).toBe(result.createdId);
    expect(result.legalName).toBe("O'Brien Ltd");
    expect(result.listed).toContain(result.createdId);
    expect(result.notFound).toBe(404);
    expect(result.mocksExports).toBeGreaterThan(0);
  });
});
