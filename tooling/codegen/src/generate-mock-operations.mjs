// Entry file: `node tooling/codegen/src/generate-mock-operations.mjs [--check]`, the same
// as `monite-codegen mocks [--check]`. The work is in run.mjs and the modules it calls.
import { isEntryPoint, runGenerator } from './run.mjs';

if (isEntryPoint(import.meta.url)) process.exitCode = await runGenerator('mocks', process.argv.slice(2), process.env);
