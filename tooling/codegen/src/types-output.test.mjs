import { describe, expect, it } from 'vitest';
import { renderTypes, schemaAliases } from './types-output.mjs';

describe('schemaAliases', () => {
  it('gives every schema an alias named like it', () => {
    expect(schemaAliases(['Tag', 'Payload-Output'])).toEqual([
      "/** Monite schema `Tag`. */\nexport type Tag = components['schemas']['Tag'];",
      "/** Monite schema `Payload-Output`. */\nexport type PayloadOutput = components['schemas']['Payload-Output'];",
    ]);
  });

  it('refuses two names that map to one alias', () => {
    expect(() => schemaAliases(['Payload-Output', 'PayloadOutput'])).toThrow(/same alias PayloadOutput/);
  });
});

describe('renderTypes', () => {
  it('renders schema.ts and aliases.ts from a tiny spec', async () => {
    const spec = {
      openapi: '3.1.0',
      info: { title: 't', version: '2024-01-01' },
      paths: { '/tags': { get: { responses: { 200: { description: 'ok' } } } } },
      components: { schemas: { Tag: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } },
    };
    const { files, summary } = await renderTypes(spec);
    expect(Object.keys(files)).toEqual(['schema.ts', 'aliases.ts']);
    expect(files['schema.ts']).toMatch(/file\?: Blob;/);
    expect(files['aliases.ts']).toContain("export type Tag = components['schemas']['Tag'];");
    expect(summary(2)).toEqual(['types: 1 schema aliases, 1 paths (2 file(s) written)']);
  });
});
