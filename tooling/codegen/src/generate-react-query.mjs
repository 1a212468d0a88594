// Entry file: `node tooling/codegen/src/generate-react-query.mjs [--check]`, the same
// as `monite-codegen react-query [--check]`. The work is in run.mjs and the modules it calls.
import { isEntryPoint, runGenerator } from './run.mjs';

if (isEntryPoint(import.meta.url))
  process.exitCode = await runGenerator('react-query', process.argv.slice(2), process.env);
