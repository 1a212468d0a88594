import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { openapiDeclarations, printDeclarations } from './lib.mjs';
import { libraryGlobals, nameSchemas, renderTypes, schemaIdentifiers, schemaNameExports } from './types-output.mjs';

/** A tiny spec with each kind of schema the generator names: object, enum, union, and a reference between them. */
const SPEC = {
  openapi: '3.1.0',
  info: { title: 't', version: '2024-01-01' },
  paths: {
    '/tags/{tag_id}': {
      get: {
        operationId: 'get_tag',
        parameters: [{ name: 'tag_id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Tag' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      Tag: {
        type: 'object',
        description: 'A label.',
        required: ['id', 'kind'],
        properties: {
          id: { type: 'string' },
          kind: { $ref: '#/components/schemas/Tag-Kind' },
          file: { type: 'string', format: 'binary' },
        },
      },
      'Tag-Kind': { type: 'string', enum: ['a', 'b'] },
      Labelled: { oneOf: [{ $ref: '#/components/schemas/Tag' }, { type: 'null' }] },
    },
  },
};

describe('schemaIdentifiers', () => {
  const globals = new Set(['Error', 'Record']);

  it('names every schema like its schema name', () => {
    expect([...schemaIdentifiers(['Tag', 'Payload-Output'], globals)]).toEqual([
      ['Tag', 'Tag'],
      ['Payload-Output', 'PayloadOutput'],
    ]);
  });

  it('declares a schema that would shadow a global under a Monite name', () => {
    expect([...schemaIdentifiers(['Error'], globals)]).toEqual([['Error', 'ApiError']]);
  });

  it('refuses two names that map to one identifier', () => {
    expect(() => schemaIdentifiers(['Payload-Output', 'PayloadOutput'], globals)).toThrow(/same name PayloadOutput/);
    expect(() => schemaIdentifiers(['Error', 'ApiError'], globals)).toThrow(/same name ApiError/);
  });

  it("refuses a name openapi-typescript's own declarations use", () => {
    expect(() => schemaIdentifiers(['components'], globals)).toThrow(/replace openapi-typescript's components/);
  });
});

describe('libraryGlobals', () => {
  it("lists the ES and DOM libraries' globals", () => {
    const globals = libraryGlobals();
    for (const name of ['Error', 'Record', 'Blob', 'Omit']) expect(globals.has(name)).toBe(true);
    expect(globals.has('CounterpartResponse')).toBe(false);
  }, 60_000);
});

describe('schemaNameExports', () => {
  it('exports a renamed schema under its own name, and nothing when none was renamed', () => {
    expect(
      schemaNameExports(
        new Map([
          ['Error', 'ApiError'],
          ['Tag', 'Tag'],
        ]),
      ),
    ).toContain('export type { ApiError as Error };');
    expect(schemaNameExports(new Map([['Tag', 'Tag']]))).toBe('');
  });
});

describe('nameSchemas', () => {
  it('declares each schema by name and points components, paths and operations at the names', async () => {
    const source = printDeclarations(
      nameSchemas(await openapiDeclarations(SPEC), schemaIdentifiers(Object.keys(SPEC.components.schemas), new Set())),
    );
    expect(source).toContain('/**\n * Monite schema `Tag`.\n * @description A label.\n */\nexport type Tag = {');
    expect(source).toContain('kind: TagKind;');
    expect(source).toContain(
      '/**\n * Monite schema `Tag-Kind`.\n * @enum {string}\n */\nexport type TagKind = "a" | "b";',
    );
    expect(source).toContain('export type Labelled = Tag | null;');
    expect(source).toContain('"Tag-Kind": TagKind;');
    expect(source).toContain('"application/json": Tag;');
    expect(source).not.toContain('components["schemas"]');
  });
});

describe('renderTypes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'types-output-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders schema.ts from a tiny spec', async () => {
    const { files, summary } = await renderTypes(SPEC);
    expect(Object.keys(files)).toEqual(['schema.ts']);
    expect(files['schema.ts']).toMatch(/file\?: Blob;/);
    expect(summary(1)).toEqual(['types: 3 named schemas, 1 paths (1 file(s) written)']);
  }, 60_000);

  it('makes TypeScript print a schema by its name in errors and type printouts', async () => {
    writeFileSync(join(dir, 'schema.ts'), (await renderTypes(SPEC)).files['schema.ts'] ?? '');
    const probe = join(dir, 'probe.ts');
    writeFileSync(
      probe,
      [
        "import type { paths } from './schema.js';",
        "type Body = paths['/tags/{tag_id}']['get']['responses'][200]['content']['application/json'];",
        'declare const body: Body;',
        'export const wrong: number = body;',
        'export const missing: Body = { id: "t" };',
        // schema.ts names Blob; declared here so the program need not load the DOM library.
        'declare global { interface Blob {} }',
      ].join('\n'),
    );
    const program = ts.createProgram([probe], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      types: [],
    });
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([
      "Type 'Tag' is not assignable to type 'number'.",
      "Property 'kind' is missing in type '{ id: string; }' but required in type 'Tag'.",
    ]);
    const checker = program.getTypeChecker();
    const statement = program.getSourceFile(probe)?.statements[2];
    if (!statement || !ts.isVariableStatement(statement)) throw new Error('probe changed shape');
    const declaration = statement.declarationList.declarations[0];
    if (!declaration) throw new Error('probe changed shape');
    expect(checker.typeToString(checker.getTypeAtLocation(declaration.name))).toBe('Tag');
  }, 60_000);
});
