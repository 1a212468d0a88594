#!/usr/bin/env node
// The checks are written in TypeScript and this package is never built:
// tsx compiles them on the fly, which keeps the tooling a zero-build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/spec-diff.ts');
