// Mutation testing for the mock's rule rooms, domain/ and pipeline/:
// `pnpm mutation` at the root, or `pnpm --filter @monite-ts/mocks mutation`
// for this package alone. Not part of `pnpm test`: see the README.
import { fileURLToPath } from 'node:url';
import { strykerConfig } from '../../stryker.shared.mjs';

export default {
  ...strykerConfig({
    plugin: fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner')),
    // Monite's rules and the request pipeline: the rooms whose behaviour users
    // see. Test files are the judges, not the judged.
    mutate: ['src/domain/**/*.ts', 'src/pipeline/**/*.ts', '!src/**/*.test.ts'],
    breakBelow: 85,
  }),
  // Static mutants (module-level tables: the event catalogue, VAT rates,
  // error bodies) force a reload of every module and a run of the whole
  // suite each: a quarter of the mutants but 69% of the time (Stryker's own
  // estimate), which made a full run take over a day here. They are reported
  // as ignored, with their count, rather than tested: the README and the
  // closing note say how many.
  ignoreStatic: true,
};
