#!/usr/bin/env node
// Refreshes the drift test's reference from Monite's published OpenAPI document.
//
// Usage:
//   node scripts/refresh-reference.mjs <path-or-url-of-published-openapi.json>
//        [--operations <documented-operations.json>] [--out <dir>] [--check]
//
// The published document covers more than the project's scope and carries
// long descriptions and examples. The drift test only needs facts, so this
// script keeps the documented operations (reference/documented-operations.json,
// or the file given with --operations, which is then copied in too), keeps
// only the components those operations reach, and strips descriptions and
// examples. Response `description`s stay: OpenAPI requires them.
// With --check it writes nothing and exits 1 when the committed copy differs,
// so a CI job can tell that the vendor document moved.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTTP_METHODS, isLocalRef, lookUp } from '@monite-ts/openapi-model';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { source: undefined, operations: undefined, out: join(here, '..', 'reference'), check: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--operations') {
      i += 1;
      args.operations = argv[i];
    } else if (arg === '--out') {
      i += 1;
      args.out = argv[i];
    } else if (arg === '--check') args.check = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (args.source === undefined) args.source = arg;
    else throw new Error(`unexpected argument: ${arg}`);
  }
  return args;
}

async function readSource(source) {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${source}: ${response.status} ${response.statusText}`);
    return response.text();
  }
  return readFile(resolve(source), 'utf8');
}

/** Strips descriptions and examples from a JSON Schema, leaving property names alone. */
function stripSchema(schema) {
  if (Array.isArray(schema)) return schema.map(stripSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === 'example' || key === 'examples') continue;
    if (key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'definitions') {
      // A map from names to schemas: a property called "description" is data.
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripSchema(sub)]));
    } else if (key === 'discriminator' || key === 'enum' || key === 'const' || key === 'default') {
      out[key] = value;
    } else {
      out[key] = stripSchema(value);
    }
  }
  return out;
}

function stripContent(content) {
  if (!content) return content;
  return Object.fromEntries(
    Object.entries(content).map(([type, media]) => {
      const { example: _e, examples: _es, ...rest } = media;
      return [type, rest.schema === undefined ? rest : { ...rest, schema: stripSchema(rest.schema) }];
    }),
  );
}

function stripParameter(parameter) {
  if (parameter.$ref) return parameter;
  const { description: _d, example: _e, examples: _es, ...rest } = parameter;
  return rest.schema === undefined ? rest : { ...rest, schema: stripSchema(rest.schema) };
}

function stripResponse(response) {
  if (response.$ref) return response;
  const out = { ...response };
  if (out.content) out.content = stripContent(out.content);
  if (out.headers) {
    out.headers = Object.fromEntries(
      Object.entries(out.headers).map(([name, header]) => [name, stripParameter(header)]),
    );
  }
  return out;
}

function stripOperation(operation) {
  const { description: _d, externalDocs: _x, ...out } = operation;
  if (out.parameters) out.parameters = out.parameters.map(stripParameter);
  if (out.requestBody && !out.requestBody.$ref) {
    const { description: _rd, ...body } = out.requestBody;
    out.requestBody = { ...body, content: stripContent(body.content) };
  }
  if (out.responses) {
    out.responses = Object.fromEntries(Object.entries(out.responses).map(([status, r]) => [status, stripResponse(r)]));
  }
  if (out.callbacks) {
    out.callbacks = Object.fromEntries(
      Object.entries(out.callbacks).map(([name, callback]) => [
        name,
        Object.fromEntries(Object.entries(callback).map(([expr, item]) => [expr, stripPathItem(item)])),
      ]),
    );
  }
  return out;
}

function stripPathItem(item) {
  const out = {};
  for (const [key, value] of Object.entries(item)) {
    if (HTTP_METHODS.includes(key)) out[key] = stripOperation(value);
    else if (key === 'parameters') out[key] = value.map(stripParameter);
    else if (key !== 'description' && key !== 'summary') out[key] = value;
  }
  return out;
}

/** Collects every local `$ref` target ("#/components/<kind>/<name>") reachable from a node. */
function collectRefs(node, document, seen = new Set()) {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) stack.push(...current);
    else if (current && typeof current === 'object') {
      for (const [key, value] of Object.entries(current)) {
        if (key === '$ref' && isLocalRef(value) && !seen.has(value)) {
          seen.add(value);
          stack.push(lookUp(document, value, { strict: true }));
        } else if (typeof value === 'object') stack.push(value);
      }
    }
  }
  return seen;
}

/**
 * Narrows a published OpenAPI document to the documented operations.
 * Exported shape: the same as reference/monite-reference.openapi.json.
 */
export function narrow(published, documented) {
  const paths = {};
  const missing = [];
  for (const op of documented) {
    if (!op.path) continue; // documented but not in the vendor document (the audit log)
    const method = op.method.toLowerCase();
    const item = published.paths?.[op.path];
    if (!item?.[method]) {
      missing.push(`${op.method} ${op.path}`);
      continue;
    }
    paths[op.path] ??= {};
    if (item.parameters) paths[op.path].parameters = item.parameters;
    paths[op.path][method] = item[method];
  }
  const strippedPaths = Object.fromEntries(Object.entries(paths).map(([p, item]) => [p, stripPathItem(item)]));
  const reached = collectRefs(strippedPaths, published);
  const components = {};
  for (const [kind, entries] of Object.entries(published.components ?? {})) {
    if (kind === 'securitySchemes') {
      components[kind] = entries;
      continue;
    }
    const kept = Object.entries(entries).filter(([name]) => reached.has(`#/components/${kind}/${name}`));
    if (kept.length === 0) continue;
    const strip =
      kind === 'schemas'
        ? stripSchema
        : kind === 'responses'
          ? stripResponse
          : kind === 'parameters' || kind === 'headers'
            ? stripParameter
            : (x) => x;
    components[kind] = Object.fromEntries(kept.map(([name, value]) => [name, strip(value)]));
  }
  const narrowed = {
    openapi: published.openapi,
    info: { title: 'Monite API: facts reference (derived)', version: published.info?.version },
    ...(published.servers ? { servers: published.servers.map(({ url }) => ({ url })) } : {}),
    paths: strippedPaths,
    components,
  };
  return { narrowed, missing };
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical(value[key])]),
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.source) {
    console.error('usage: refresh-reference.mjs <path-or-url> [--operations <file>] [--out <dir>] [--check]');
    process.exit(args.help ? 0 : 2);
  }
  const operationsFile = args.operations ?? join(args.out, 'documented-operations.json');
  const operationsText = await readFile(operationsFile, 'utf8');
  const documented = JSON.parse(operationsText);
  const published = JSON.parse(await readSource(args.source));
  const { narrowed, missing } = narrow(published, documented);
  if (missing.length > 0) {
    // A documented operation the vendor no longer publishes is news for a human, not something to paper over.
    console.error(`documented operations missing from the published document:\n  ${missing.join('\n  ')}`);
  }
  const text = `${JSON.stringify(narrowed, null, 1)}\n`;
  const target = join(args.out, 'monite-reference.openapi.json');
  const current = await readFile(target, 'utf8').catch(() => '');
  // Key order is not meaning: compare canonical forms so a re-ordered vendor file is no change.
  const changed = JSON.stringify(canonical(JSON.parse(current || 'null'))) !== JSON.stringify(canonical(narrowed));
  if (args.check) {
    console.log(changed ? 'reference is out of date' : 'reference is up to date');
    process.exit(changed ? 1 : 0);
  }
  await writeFile(target, text);
  if (args.operations) await writeFile(join(args.out, 'documented-operations.json'), operationsText);
  const sha = createHash('sha256').update(text).digest('hex');
  console.log(`wrote ${target} (${Object.keys(narrowed.paths).length} paths, sha256 ${sha})`);
  console.log('Update reference/SOURCE.md with the source, the date and the hash.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
