// The generated schemas print by name: compiles a small program against this
// package's sources and reads what TypeScript says about it, in an error and
// in a type printout, as a user would see it in an editor.
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const probeFile = new URL('./names-probe.ts', import.meta.url).pathname;

/** Type-checks `source` as a file beside index.ts: its messages and the printout of `probe`'s type. */
function check(source: string): { messages: string[]; printout: string } {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  };
  // The probe lives in memory only; every other file is read from disk.
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => (name === probeFile ? source : readFile(name));
  host.fileExists = (name) => name === probeFile || fileExists(name);
  const program = ts.createProgram([probeFile], options, host);
  const file = program.getSourceFile(probeFile);
  if (!file) throw new Error('probe not compiled');
  const messages = ts
    .getPreEmitDiagnostics(program, file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const checker = program.getTypeChecker();
  let printout = '';
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'probe') {
      printout = checker.typeToString(checker.getTypeAtLocation(node.name));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { messages, printout };
}

describe('schema types print by name', () => {
  it('names a response body read through paths, and in an error about it', () => {
    const { messages, printout } = check(`
import type { paths } from './index.js';
declare const probe: paths['/counterparts/{counterpart_id}']['get']['responses'][200]['content']['application/json'];
export const wrong: string = probe;
`);
    expect(printout).toBe('CounterpartResponse');
    expect(messages).toEqual([
      "Type 'CounterpartResponse' is not assignable to type 'string'.\n" +
        "  Type 'CounterpartIndividualRootResponse' is not assignable to type 'string'.",
    ]);
  }, 60_000);

  it('names an object schema that a body misses fields of, and a union branch once narrowed', () => {
    const { messages, printout } = check(`
import type { CounterpartResponse, ResponseBody } from './index.js';
declare const counterpart: ResponseBody<'/counterparts/{counterpart_id}/contacts/{contact_id}', 'get'>;
export const copy: typeof counterpart = { id: 'c' };
declare const union: CounterpartResponse;
export const probe = union.type === 'organization' ? union : undefined;
`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^Type '\{ id: string; \}' is missing the following properties from type 'CounterpartContactResponse': /,
    );
    expect(printout).toBe('CounterpartOrganizationRootResponse | undefined');
  }, 60_000);

  it('names the error body ApiError, which is also exported as Error', () => {
    const { messages, printout } = check(`
import type { Error, ErrorBody, ApiError } from './index.js';
declare const probe: ErrorBody<'/counterparts/{counterpart_id}', 'get'>;
export const same: [Error, ApiError] = [{ error: { message: 'm' } }, { error: { message: 'm' } }];
export const wrong: ApiError = { error: {} };
`);
    expect(printout).toBe('ApiError | HTTPValidationError');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/'message' is missing in type '\{\}'/);
  }, 60_000);
});
