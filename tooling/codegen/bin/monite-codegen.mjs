#!/usr/bin/env node
// monite-codegen <types|client|mocks> [--check]: regenerates one package's
// src/generated from the bundled spec (MONITE_SPEC_PATH picks another bundle).
import { GENERATORS, runGenerator } from '../src/run.mjs';

const [name, ...args] = process.argv.slice(2);
if (name === undefined || !Object.hasOwn(GENERATORS, name)) {
  console.error(`usage: monite-codegen <${Object.keys(GENERATORS).join('|')}> [--check]`);
  process.exitCode = 2;
} else {
  process.exitCode = await runGenerator(/** @type {keyof typeof GENERATORS} */ (name), args, process.env);
}
