// `pnpm bench`: every benchmark in one run, each printing its own table.
// Select some with `pnpm bench -- typecheck client mocks react`.
// A module, so the top-level awaits below are allowed.
export {};

const all = {
  typecheck: () => import('./typecheck-cost.js'),
  client: () => import('./client-overhead.js'),
  mocks: () => import('./mock-throughput.js'),
  webhooks: () => import('./webhook-cost.js'),
  memory: () => import('./mock-memory.js'),
  state: () => import('./mock-state.js'),
  lists: () => import('./mock-list-scale.js'),
  react: () => import('./react-query.js'),
} as const;

const wanted = process.argv.slice(2).filter((a) => a in all) as Array<keyof typeof all>;
const selected = wanted.length > 0 ? wanted : (Object.keys(all) as Array<keyof typeof all>);

console.log('# monite-ts benchmarks');
console.log(
  `node ${process.version}, ${process.platform}/${process.arch}; figures are medians, ratios are against the baseline of the same run`,
);
for (const name of selected) {
  const { run } = await all[name]();
  await run();
}
