#!/usr/bin/env node
// One process for the watcher: tsx's loader runs in this process instead of
// a child, so signalling the pid pnpm started stops the watcher itself.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/watch-spec.ts');
