// Finding the files the docs name: a path in backticks (`src/domain/module.ts`)
// is a promise to the reader that the file is there. Pure functions over the
// markdown text and a way to ask whether a path exists; the test reads the
// repository and decides where a path may be rooted.

/** Top folders a named repository path starts with; other backticked text is code, not a path. */
const TOP_FOLDERS = [
  'src',
  'test',
  'bin',
  'scripts',
  'packages',
  'tooling',
  'spec',
  'docs',
  'examples',
  '.ci',
  '.changeset',
];

const PATH = new RegExp(
  `\`((?:\\.{1,2}/)?(?:${TOP_FOLDERS.map((f) => f.replace('.', '\\.')).join('|')})/[\\w./-]*)\``,
  'g',
);

/**
 * The repository paths a markdown document names in backticks, without
 * patterns (`*`, `{id}`) and with the line each is on.
 * @example namedPaths('see `src/a.ts` and `src/{id}.ts`') // [{ path: 'src/a.ts', line: 1 }]
 */
export function namedPaths(markdown: string): { path: string; line: number }[] {
  const found: { path: string; line: number }[] = [];
  for (const [index, text] of markdown.split('\n').entries()) {
    for (const match of text.matchAll(PATH)) found.push({ path: match[1]!, line: index + 1 });
  }
  return found;
}

/**
 * The paths of a document that name nothing: a path counts as found when it
 * exists under any of `roots` (the document's folder, the repository, each
 * workspace package, since a package's docs name its files from the package).
 */
export function missingPaths(
  markdown: string,
  roots: readonly string[],
  exists: (root: string, path: string) => boolean,
): { path: string; line: number }[] {
  return namedPaths(markdown).filter(({ path }) => !roots.some((root) => exists(root, path)));
}
