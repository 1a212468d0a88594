#!/usr/bin/env node
// TypeScript run through tsx, like monite-spec-diff: the tooling has no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/check-generated.ts');
