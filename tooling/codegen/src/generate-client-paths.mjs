// Entry file: `node tooling/codegen/src/generate-client-paths.mjs [--check]`, the same
// as `monite-codegen client [--check]`. The work is in run.mjs and the modules it calls.
import { isEntryPoint, runGenerator } from './run.mjs';

if (isEntryPoint(import.meta.url)) process.exitCode = await runGenerator('client', process.argv.slice(2), process.env);
