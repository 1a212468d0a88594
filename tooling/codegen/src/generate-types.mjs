// Entry file: `node tooling/codegen/src/generate-types.mjs [--check]`, the same
// as `monite-codegen types [--check]`. The work is in run.mjs and the modules it calls.
import { isEntryPoint, runGenerator } from './run.mjs';

if (isEntryPoint(import.meta.url)) process.exitCode = await runGenerator('types', process.argv.slice(2), process.env);
